namespace Graph.Api.Configuration;

/// <summary>Limits on user-written Cypher (<c>POST /api/cypher</c> and the Query API): <c>Graph:Cypher:*</c>.</summary>
public sealed class CypherLimits
{
    /// <summary>Wall-clock limit of one statement.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows past this are cut and the answer says so.</summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>Threads that run statements (every statement, not only user-written ones); 0 means one per processor.</summary>
    public int Workers { get; set; }

    /// <summary>Statements that may wait for a free worker; one more is refused at once with 503 and <c>Retry-After</c>.</summary>
    public int QueueLength { get; set; } = 256;

    /// <summary>How long opening a write transaction, or a write, waits for another write transaction to end.</summary>
    public TimeSpan WriterWait { get; set; } = TimeSpan.FromSeconds(5);
}
