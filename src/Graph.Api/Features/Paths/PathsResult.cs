namespace Graph.Api.Features.Paths;

/// <summary>The shortest connections between two entities (empty when none within <see cref="MaxHops"/>).</summary>
public sealed record PathsResult(string From, string To, int MaxHops, int Length, IReadOnlyList<GraphPathView> Paths);
