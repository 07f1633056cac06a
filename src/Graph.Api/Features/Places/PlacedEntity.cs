using Graph.Api.Contracts;
using Graph.Api.Results;

namespace Graph.Api.Features.Places;

/// <summary>
/// Something tied to a place by a fact: the entity, the relationship's facts, and (for contents) the place or park it
/// is directly in — the place itself or one of its sub-places.
/// </summary>
public sealed record PlacedEntity(EntityRef Entity, Fact Fact, EntityRef? Within)
{
    internal static PlacedEntity Read(object? value)
    {
        var map = CypherValues.Map(value);
        var within = map.GetValueOrDefault("within");
        return new PlacedEntity(EntityRef.Read(map.GetValueOrDefault("entity")), Fact.Read(map.GetValueOrDefault("fact")), within is null ? null : EntityRef.Read(within));
    }
}
