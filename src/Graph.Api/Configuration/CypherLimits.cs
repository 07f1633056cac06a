namespace Graph.Api.Configuration;

/// <summary>Limits on user-written Cypher (<c>POST /api/cypher</c> and the Query API): <c>Graph:Cypher:*</c>.</summary>
public sealed class CypherLimits
{
    /// <summary>Wall-clock limit of one statement.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows past this are cut and the answer says so.</summary>
    public int MaxRows { get; set; } = 10_000;
}
