namespace Graph.Api.Hosting;

/// <summary>What a seed load did: <see cref="Status"/> is <c>loaded</c>, <c>unchanged</c> (same hash as the graph's), <c>invalid</c> or <c>none</c> (no seed configured).</summary>
public sealed record SeedOutcome(string Status, string? Folder, string? Hash, int Nodes, int Relationships, IReadOnlyList<string> Problems, double Seconds)
{
    public const string Loaded = "loaded";
    public const string Unchanged = "unchanged";
    public const string Invalid = "invalid";
    public const string None = "none";
}
