using Graph.Api.Contracts;

namespace Graph.Api.Features.Places;

/// <summary>
/// A place: its properties, what it is part of (nearest first), its sub-places and parks, a page of what lies in it
/// or in them (with counts by label over all), the lines that serve it and what runs along it.
/// </summary>
public sealed record PlaceDetails(
    string Id,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<PlaceRef> PartOf,
    IReadOnlyList<PlaceRef> SubPlaces,
    IReadOnlyDictionary<string, int> ContentsByLabel,
    Page<PlacedEntity> Contents,
    IReadOnlyList<PlacedEntity> Lines,
    IReadOnlyList<PlacedEntity> Along);
