using Graph.Core.Store;

namespace Graph.Api.Features.QueryApi;

/// <summary>
/// An explicit Query API transaction: the store's transaction, the caller that opened it (only that caller may use
/// it), whether the caller asked to read only, when it expires if left idle, and the lock that lets one request at
/// a time use it.
/// </summary>
internal sealed class OpenTransaction(string id, IGraphTransaction transaction, QueryApiCaller owner, bool readRequested, DateTimeOffset expires)
{
    // 1 while a request holds the transaction. A flag, not a semaphore: nothing waits on it for long (see TryTakeAsync).
    private int inUse;

    public string Id { get; } = id;

    public IGraphTransaction Transaction { get; } = transaction;

    public QueryApiCaller Owner { get; } = owner;

    public bool MayWrite => Owner.MayWrite;

    public bool ReadRequested { get; } = readRequested;

    public DateTimeOffset Expires { get; set; } = expires;

    /// <summary>Takes the transaction for one request, trying once more after <paramref name="wait"/> if it is held.</summary>
    public async Task<bool> TryTakeAsync(TimeSpan wait)
    {
        if (TryTake())
        {
            return true;
        }

        await Task.Delay(wait);
        return TryTake();
    }

    public bool TryTake() => Interlocked.CompareExchange(ref inUse, 1, 0) == 0;

    public void Free() => Volatile.Write(ref inUse, 0);
}
