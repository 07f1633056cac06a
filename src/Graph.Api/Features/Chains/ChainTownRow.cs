namespace Graph.Api.Features.Chains;

/// <summary>
/// One town's row of the chain × town matrix: per label (Project, Enterprise, …) how many members by status,
/// and how many distinct members in all.
/// </summary>
public sealed record ChainTownRow(string? Id, string Name, int Members, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ByLabelAndStatus);
