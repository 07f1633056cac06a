namespace Graph.Api.Features.Chains;

/// <summary>A chain in the list: how many members it has, and how many of them are projects and enterprises.</summary>
public sealed record ChainSummary(string Id, string Name, string? Tier, IReadOnlyList<string> Aliases, string? Description, long Members, long Projects, long Enterprises);
