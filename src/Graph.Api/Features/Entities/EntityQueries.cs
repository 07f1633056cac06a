using Graph.Api.Contracts;

namespace Graph.Api.Features.Entities;

/// <summary>The entity endpoint's Cypher. <c>{label}</c> is filled from the id's prefix (see <see cref="EntityLabels"/>).</summary>
internal static class EntityQueries
{
    /// <summary>
    /// The entity, its properties, and one page of its relationships (ordered by type, then the other end's name, then
    /// period) with the total; collected in one row so an entity without relationships still comes back.
    /// </summary>
    public const string Details =
        "MATCH (n:{label} {id: $id}) "
        + "OPTIONAL MATCH (n)-[r]-(m) "
        + "WITH n, r, m ORDER BY type(r), m.name, r.period "
        + "WITH n, collect(CASE WHEN r IS NULL THEN NULL ELSE " + Link.Cypher + " END) AS links "
        + "RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS properties, size(links) AS total, links[$skip..$end] AS links";
}
