namespace Graph.Api.Features.Chains;

/// <summary>How many members of a chain lie in a town (null id: in no known town).</summary>
public sealed record TownCount(string? Id, string Name, int Members);
