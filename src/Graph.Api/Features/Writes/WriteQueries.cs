namespace Graph.Api.Features.Writes;

/// <summary>
/// The write endpoints' Cypher. <c>{label}</c>, <c>{label2}</c> come from the ids' prefixes and <c>{type}</c> from the
/// schema's relationship types, never from the request as typed.
/// </summary>
internal static class WriteQueries
{
    /// <summary>Creates the entity unless its id is taken (no row back then); the uniqueness constraint covers races.</summary>
    public const string CreateEntity =
        "OPTIONAL MATCH (x:{label} {id: $id}) WITH x WHERE x IS NULL CREATE (n:{label}) SET n = $props RETURN n.id AS id";

    /// <summary>SET += with a null value removes that property.</summary>
    public const string UpdateEntity = "MATCH (n:{label} {id: $id}) SET n += $props RETURN n.id AS id";

    public const string DeleteEntity = "MATCH (n:{label} {id: $id}) WITH n, n.id AS id DETACH DELETE n RETURN id";

    /// <summary>Creates the relationship when both ends exist and none with the same (ends, type, period) does; says which.</summary>
    public const string CreateRelationship =
        "OPTIONAL MATCH (a:{label} {id: $from}) "
        + "OPTIONAL MATCH (b:{label2} {id: $to}) "
        + "OPTIONAL MATCH (a)-[x:{type} {period: $period}]->(b) "
        + "WITH a, b, x "
        + "FOREACH (ignored IN CASE WHEN a IS NOT NULL AND b IS NOT NULL AND x IS NULL THEN [1] ELSE [] END | CREATE (a)-[:{type} $props]->(b)) "
        + "RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, x IS NOT NULL AS existed";

    public const string UpdateRelationship =
        "MATCH (a:{label} {id: $from})-[r:{type} {period: $period}]->(b:{label2} {id: $to}) SET r += $props RETURN type(r) AS type";

    public const string DeleteRelationship =
        "MATCH (a:{label} {id: $from})-[r:{type} {period: $period}]->(b:{label2} {id: $to}) DELETE r RETURN count(*) AS deleted";
}
