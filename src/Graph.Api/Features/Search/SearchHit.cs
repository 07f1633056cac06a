namespace Graph.Api.Features.Search;

/// <summary>One search result: the entity, its aliases and description, and its full-text score.</summary>
public sealed record SearchHit(string Id, string Label, string Name, IReadOnlyList<string> Aliases, string? Description, double Score);
