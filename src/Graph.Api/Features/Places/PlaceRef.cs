using Graph.Api.Results;

namespace Graph.Api.Features.Places;

/// <summary>A place or park named briefly, with its level (town, street, village, … ; none for a park).</summary>
public sealed record PlaceRef(string Id, string Label, string Name, string? Level)
{
    internal static PlaceRef Read(object? value)
    {
        var map = CypherValues.Map(value);
        return new PlaceRef(
            CypherValues.TextOrEmpty(map.GetValueOrDefault("id")),
            CypherValues.TextOrEmpty(map.GetValueOrDefault("label")),
            CypherValues.TextOrEmpty(map.GetValueOrDefault("name")),
            CypherValues.Text(map.GetValueOrDefault("level")));
    }
}
