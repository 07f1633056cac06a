namespace Graph.Api.Hosting;

/// <summary>Whether the graph is ready to answer, why not if not, and which seed it was loaded from.</summary>
public sealed record GraphStatus(bool Ready, string Description, string? SeedHash, DateTimeOffset? SeedLoadedAt);
