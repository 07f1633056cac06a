namespace Graph.Api.Features.Chains;

/// <summary>The chain map investment staff work from: one row per town, busiest first, with the statuses seen as columns.</summary>
public sealed record ChainTownMatrix(string Id, string Name, IReadOnlyList<string> Statuses, IReadOnlyList<ChainTownRow> Towns);
