using Graph.Core.Store;

namespace Graph.Api.Features.QueryApi;

/// <summary>
/// An explicit Query API transaction: the store's transaction, whether it may write and whether the caller asked to
/// read only, when it expires if left idle, and a gate so its statements run one at a time.
/// </summary>
internal sealed class OpenTransaction(string id, IGraphTransaction transaction, bool mayWrite, bool readRequested, DateTimeOffset expires)
{
    public string Id { get; } = id;

    public IGraphTransaction Transaction { get; } = transaction;

    public bool MayWrite { get; } = mayWrite;

    public bool ReadRequested { get; } = readRequested;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset Expires { get; set; } = expires;
}
