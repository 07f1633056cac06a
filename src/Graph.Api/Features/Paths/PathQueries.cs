using Graph.Api.Contracts;

namespace Graph.Api.Features.Paths;

/// <summary>
/// The paths endpoint's Cypher. Variable-length bounds cannot be parameters in Cypher, so <c>{hops}</c> is filled
/// from the validated integer 1–<see cref="PathEndpoints.MaxHops"/>, like the labels from their closed set.
/// </summary>
internal static class PathQueries
{
    /// <summary>
    /// All shortest paths, either direction, up to <c>{hops}</c> hops, at most <c>$limit</c> of them, each as its
    /// nodes and its hops with their facts. The ends are OPTIONAL so an unknown id is told apart from "no path".
    /// </summary>
    public const string Shortest =
        "OPTIONAL MATCH (a:{label} {id: $from}) "
        + "OPTIONAL MATCH (b:{label2} {id: $to}) "
        + "OPTIONAL MATCH p = allShortestPaths((a)-[*..{hops}]-(b)) "
        + "WITH a, b, p LIMIT $limit "
        + "RETURN a.id AS from, b.id AS to, collect(CASE WHEN p IS NULL THEN NULL ELSE "
        + "{nodes: [m IN nodes(p) | " + EntityRef.Cypher + "], hops: [r IN relationships(p) | " + Hop.Cypher + "]} END) AS paths";
}
