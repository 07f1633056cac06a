using Graph.Api.Contracts;
using Graph.Api.Results;

namespace Graph.Api.Features.Chains;

/// <summary>A member of a chain (an enterprise, project, park, institution, …) with its IN_CHAIN facts and the towns it lies in.</summary>
public sealed record ChainMember(EntityRef Member, IReadOnlyList<Fact> Facts, IReadOnlyList<EntityRef> Towns)
{
    internal static ChainMember Read(object? value)
    {
        var map = CypherValues.Map(value);
        return new ChainMember(
            EntityRef.Read(map.GetValueOrDefault("member")),
            [.. CypherValues.List(map.GetValueOrDefault("facts")).Select(Fact.Read)],
            [.. CypherValues.List(map.GetValueOrDefault("towns")).Select(EntityRef.Read)]);
    }
}
