namespace Graph.Api.Features.Search;

/// <summary>The search endpoint's Cypher: Neo4j's full-text procedure over the <c>entity_names</c> index (name + aliases).</summary>
internal static class SearchQueries
{
    /// <summary>
    /// Ranked: an exact name or alias first, then names that start with the text, then by full-text score, then
    /// shorter names first (the closer match, as Lucene's length norm does), then by name. Asks for <c>$limit</c> rows, one more than the page, to know whether more follow.
    /// </summary>
    public const string Search =
        "CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score "
        + "WHERE $label IS NULL OR $label IN labels(node) "
        + "WITH node, score, CASE WHEN node.name = $text OR $text IN coalesce(node.aliases, []) THEN 2 "
        + "WHEN node.name STARTS WITH $text THEN 1 ELSE 0 END AS exact "
        + "ORDER BY exact DESC, score DESC, size(node.name), node.name SKIP $skip LIMIT $limit "
        + "RETURN node.id AS id, labels(node)[0] AS label, node.name AS name, node.aliases AS aliases, node.description AS description, score";
}
