using Graph.Api.Contracts;

namespace Graph.Api.Features.Places;

/// <summary>The place endpoint's Cypher.</summary>
internal static class PlaceQueries
{
    /// <summary>
    /// A place and, in one row: the places and parks inside it (over PART_OF and LOCATED_IN, up to four levels down),
    /// everything located in or headquartered in it or in any of those (with the fact and where exactly), what it is
    /// part of (up the PART_OF chain), the lines that serve it, and what runs along it. Each step collects before the
    /// next so the row count never multiplies.
    /// </summary>
    public const string Details =
        "MATCH (p:Place {id: $id}) "
        + "OPTIONAL MATCH (sub)-[:PART_OF|LOCATED_IN*1..4]->(p) WHERE 'Place' IN labels(sub) OR 'Park' IN labels(sub) "
        + "WITH p, collect(DISTINCT sub) AS subs "
        + "WITH p, subs, [p] + subs AS areas "
        + "UNWIND areas AS a "
        + "OPTIONAL MATCH (m)-[r:LOCATED_IN|HEADQUARTERS_IN]->(a) WHERE NOT 'Place' IN labels(m) "
        + "WITH p, subs, a, m, r ORDER BY labels(m)[0], m.name "
        + "WITH p, subs, collect(CASE WHEN r IS NULL THEN NULL ELSE {entity: " + EntityRef.Cypher + ", fact: " + Fact.Cypher
        + ", within: {id: a.id, label: labels(a)[0], name: a.name}} END) AS contents "
        + "OPTIONAL MATCH q = (p)-[:PART_OF*1..6]->(up:Place) "
        + "WITH p, subs, contents, up, min(length(q)) AS d ORDER BY d "
        + "WITH p, subs, contents, collect(up) AS ups "
        + "OPTIONAL MATCH (m)-[r:SERVES]->(p) "
        + "WITH p, subs, contents, ups, collect(CASE WHEN r IS NULL THEN NULL ELSE {entity: " + EntityRef.Cypher + ", fact: " + Fact.Cypher + "} END) AS lines "
        + "OPTIONAL MATCH (m)-[r:ALONG]->(p) "
        + "WITH p, subs, contents, ups, lines, collect(CASE WHEN r IS NULL THEN NULL ELSE {entity: " + EntityRef.Cypher + ", fact: " + Fact.Cypher + "} END) AS along "
        + "RETURN properties(p) AS place, "
        + "[x IN ups | {id: x.id, label: 'Place', name: x.name, level: x.level}] AS partOf, "
        + "[x IN subs | {id: x.id, label: labels(x)[0], name: x.name, level: x.level}] AS subPlaces, "
        + "contents, lines, along";
}
