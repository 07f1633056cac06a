namespace Graph.Api.Features.Neighborhood;

/// <summary>
/// The neighbourhood endpoint's Cypher. <c>{label}</c> comes from the id's prefix and <c>{depth}</c> from the
/// validated integer 1–<see cref="NeighborhoodEndpoints.MaxDepth"/> (variable-length bounds cannot be parameters).
/// </summary>
internal static class NeighborhoodQueries
{
    /// <summary>
    /// Every relationship within <c>{depth}</c> hops, with the hop at which it is first reached, nearest first, at
    /// most <c>$edges</c> of them. The centre comes back even when it has no relationship (one row with a null edge).
    /// </summary>
    public const string Edges =
        "MATCH (n:{label} {id: $id}) "
        + "OPTIONAL MATCH p = (n)-[*1..{depth}]-(m) "
        + "UNWIND CASE WHEN p IS NULL THEN [0] ELSE range(1, length(p)) END AS hop "
        + "WITH n, CASE WHEN p IS NULL THEN NULL ELSE relationships(p)[hop - 1] END AS r, hop "
        + "WITH n, r, min(hop) AS hop "
        + "WITH n, r, hop, startNode(r) AS s, endNode(r) AS e "
        + "ORDER BY hop, s.id, e.id, type(r) LIMIT $edges "
        + "RETURN {id: n.id, label: labels(n)[0], name: n.name} AS centre, hop, "
        + "CASE WHEN r IS NULL THEN NULL ELSE {from: {id: s.id, label: labels(s)[0], name: s.name}, to: {id: e.id, label: labels(e)[0], name: e.name}, "
        + "type: type(r), status: r.status, period: r.period, evidence: r.evidence, line: r.line, note: r.note} END AS edge";
}
