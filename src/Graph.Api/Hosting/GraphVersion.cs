namespace Graph.Api.Hosting;

/// <summary>
/// A counter bumped after every write this service makes or passes on, so cached answers are keyed by the graph they
/// were computed from: a response computed before a write is stored under the old number, which no request asks for
/// again, so no stale answer is ever served — without racing the write.
/// </summary>
public sealed class GraphVersion
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    public void Bump() => Interlocked.Increment(ref current);
}
