namespace Graph.Neo4j.Errors;

/// <summary>How a <see cref="Neo4jErrorRule"/> pattern is compared with a server status code.</summary>
internal enum Neo4jErrorMatch
{
    Exact,
    Prefix,
    Contains,
}
