using Graph.Api.Contracts;
using Graph.Api.Results;

namespace Graph.Api.Features.Enterprises;

/// <summary>A related firm, its score (sum of its reasons' weights) and its reasons.</summary>
public sealed record RelatedEnterprise(EntityRef Enterprise, long Score, IReadOnlyList<RelatedReason> Reasons)
{
    internal static RelatedEnterprise Read(object? value)
    {
        var map = CypherValues.Map(value);
        return new RelatedEnterprise(
            EntityRef.Read(map.GetValueOrDefault("enterprise")),
            CypherValues.Integer(map.GetValueOrDefault("score")) ?? 0,
            [.. CypherValues.List(map.GetValueOrDefault("reasons")).Select(RelatedReason.Read)]);
    }
}
