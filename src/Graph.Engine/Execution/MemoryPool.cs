using Graph.Core.Errors;

namespace Graph.Engine.Execution;

/// <summary>
/// What all running statements of one store hold together, so many statements each under their own budget cannot
/// together exhaust the process (<c>Graph:Cypher:MaxTotalMemory</c>). Each statement adds what it holds and gives it
/// all back when it ends.
/// </summary>
internal sealed class MemoryPool
{
    public const string Setting = "Graph:Cypher:MaxTotalMemory";

    private long _used;

    /// <summary>What the running statements hold now.</summary>
    public long Used => Volatile.Read(ref _used);

    /// <summary>Counts <paramref name="bytes"/> (negative gives back); throws, counting nothing, when it would pass <paramref name="limit"/>.</summary>
    public void Add(long bytes, long limit)
    {
        var now = Interlocked.Add(ref _used, bytes);
        if (bytes > 0 && now > limit)
        {
            Interlocked.Add(ref _used, -bytes);
            throw new MemoryLimitException(bytes, limit, now - bytes, Setting);
        }
    }
}
