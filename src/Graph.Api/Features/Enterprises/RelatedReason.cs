using Graph.Api.Contracts;
using Graph.Api.Results;

namespace Graph.Api.Features.Enterprises;

/// <summary>
/// Why two firms are related: <c>direct</c>, <c>shared_project</c>, <c>same_chain</c>, <c>same_park</c>,
/// <c>same_place</c>, <c>same_district</c>, <c>same_program</c> or <c>shared_link</c>; the node they share (none when
/// direct), the reason's weight, whether the report names both in one line, and the facts (with evidence) of each hop.
/// </summary>
public sealed record RelatedReason(string Reason, long Weight, bool NamedTogether, EntityRef? Via, IReadOnlyList<Hop> Facts)
{
    internal static RelatedReason Read(object? value)
    {
        var map = CypherValues.Map(value);
        var via = map.GetValueOrDefault("via");
        return new RelatedReason(
            CypherValues.TextOrEmpty(map.GetValueOrDefault("reason")),
            CypherValues.Integer(map.GetValueOrDefault("weight")) ?? 0,
            map.GetValueOrDefault("namedTogether") is true,
            via is null ? null : EntityRef.Read(via),
            [.. CypherValues.List(map.GetValueOrDefault("facts")).Select(Hop.Read)]);
    }
}
