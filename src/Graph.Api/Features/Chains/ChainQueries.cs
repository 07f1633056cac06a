using Graph.Api.Contracts;

namespace Graph.Api.Features.Chains;

/// <summary>The chain endpoints' Cypher.</summary>
internal static class ChainQueries
{
    /// <summary>Every chain with how many members it has, projects and enterprises among them; one page, largest first.</summary>
    public const string List =
        "MATCH (c:Chain) "
        + "OPTIONAL MATCH (m)-[:IN_CHAIN]->(c) "
        + "WITH c, collect(DISTINCT m) AS members "
        + "WITH c, size(members) AS memberCount, size([x IN members WHERE 'Project' IN labels(x)]) AS projects, "
        + "size([x IN members WHERE 'Enterprise' IN labels(x)]) AS enterprises "
        + "ORDER BY memberCount DESC, c.name SKIP $skip LIMIT $limit "
        + "RETURN c.id AS id, c.name AS name, c.tier AS tier, c.aliases AS aliases, c.description AS description, memberCount, projects, enterprises";

    /// <summary>
    /// A chain and all its members (filtered by the IN_CHAIN facts' status and period, and by town), each with its
    /// IN_CHAIN facts and the towns or streets it lies in: reached over LOCATED_IN, HEADQUARTERS_IN and PART_OF in up
    /// to three hops (a project in a village of a town, a firm in a park in a town). One row, so a chain whose
    /// members are all filtered out still comes back; the endpoint pages and counts.
    /// </summary>
    public const string Members =
        "MATCH (c:Chain {id: $id}) "
        + "OPTIONAL MATCH (m)-[r:IN_CHAIN]->(c) "
        + "WHERE ($status IS NULL OR r.status = $status) AND ($period IS NULL OR r.period = $period) "
        + "WITH c, m, collect(CASE WHEN r IS NULL THEN NULL ELSE " + Fact.Cypher + " END) AS facts "
        + "OPTIONAL MATCH (m)-[:LOCATED_IN|HEADQUARTERS_IN|PART_OF*1..3]->(t:Place) WHERE t.level IN ['town', 'street'] "
        + "WITH c, m, facts, collect(DISTINCT t) AS towns "
        + "WITH c, m, facts, [x IN towns | {id: x.id, label: 'Place', name: x.name}] AS towns ORDER BY labels(m)[0], m.name "
        + "RETURN properties(c) AS chain, collect(CASE WHEN m IS NULL OR NOT ($town IS NULL OR any(x IN towns WHERE x.id = $town)) THEN NULL "
        + "ELSE {member: " + EntityRef.Cypher + ", facts: facts, towns: towns} END) AS members";
}
