using Graph.Api.Contracts;

namespace Graph.Api.Features.Enterprises;

/// <summary>The related-enterprises endpoint's Cypher.</summary>
internal static class RelatedQueries
{
    /// <summary>
    /// Firms within two hops of the enterprise, each hop kept as a reason with its facts: a direct relationship
    /// (weight 5), a shared project (4), the same chain or park (3), the same town, street, village or area (2), the
    /// same district or county, the same programme, or any other shared node (1). Two hops quoted from the same line
    /// of the report (the report names the two firms together) add 2. Cities and wider places, and indicators, link
    /// almost everything, so they are not reasons. Score = sum of weights; ranked by score, then name. One row, so
    /// an enterprise with no related firm still comes back.
    /// </summary>
    public const string Related =
        "MATCH (e:Enterprise {id: $id}) "
        + "OPTIONAL MATCH p = (e)-[rs*1..2]-(o:Enterprise) WHERE o <> e "
        + "WITH e, o, rs, CASE WHEN size(rs) = 2 THEN nodes(p)[1] END AS via "
        + "WITH e, o, rs, via, CASE "
        + "WHEN o IS NULL THEN NULL "
        + "WHEN via IS NULL THEN 'direct' "
        + "WHEN 'Project' IN labels(via) THEN 'shared_project' "
        + "WHEN 'Chain' IN labels(via) THEN 'same_chain' "
        + "WHEN 'Park' IN labels(via) THEN 'same_park' "
        + "WHEN 'Place' IN labels(via) AND via.level IN ['town', 'street', 'village', 'area'] THEN 'same_place' "
        + "WHEN 'Place' IN labels(via) AND via.level IN ['district', 'county'] THEN 'same_district' "
        + "WHEN 'Place' IN labels(via) OR 'Indicator' IN labels(via) THEN NULL "
        + "WHEN 'Program' IN labels(via) THEN 'same_program' "
        + "ELSE 'shared_link' END AS reason "
        + "WITH e, o, collect(CASE WHEN reason IS NULL THEN NULL ELSE {reason: reason, "
        + "weight: CASE reason WHEN 'direct' THEN 5 WHEN 'shared_project' THEN 4 WHEN 'same_chain' THEN 3 WHEN 'same_park' THEN 3 "
        + "WHEN 'same_place' THEN 2 ELSE 1 END + CASE WHEN size(rs) = 2 AND rs[0].line = rs[1].line THEN 2 ELSE 0 END, "
        + "namedTogether: size(rs) = 2 AND rs[0].line = rs[1].line, "
        + "via: CASE WHEN via IS NULL THEN NULL ELSE {id: via.id, label: labels(via)[0], name: via.name} END, "
        + "facts: [r IN rs | " + Hop.Cypher + "]} END) AS reasons "
        + "WITH e, o, reasons, reduce(s = 0, x IN reasons | s + x.weight) AS score "
        + "ORDER BY score DESC, o.name "
        + "WITH e, collect(CASE WHEN size(reasons) = 0 THEN NULL ELSE {enterprise: {id: o.id, label: 'Enterprise', name: o.name}, score: score, reasons: reasons} END) AS related "
        + "RETURN e.id AS id, e.name AS name, size(related) AS total, related[$skip..$end] AS related";
}
