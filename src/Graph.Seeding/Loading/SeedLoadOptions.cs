namespace Graph.Seeding.Loading;

/// <summary>How to load a seed.</summary>
public sealed record SeedLoadOptions
{
    public static SeedLoadOptions Default { get; } = new();

    /// <summary>
    /// Rows per statement. 500 keeps one statement's parameters around 200 KB for the seed's rows (about 400 bytes
    /// each with a Chinese quote), small for Neo4j's HTTP API, while the whole seed still loads in a few dozen statements.
    /// </summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Whether to create a uniqueness constraint on <c>id</c> for every label first (IF NOT EXISTS, so reloads are fine).</summary>
    public bool CreateConstraints { get; init; } = true;
}
