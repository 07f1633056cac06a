namespace Graph.Engine;

/// <summary>How to open the embedded store.</summary>
public sealed record EmbeddedStoreOptions
{
    /// <summary>The SQLite database file that makes the store durable; null keeps it in memory only.</summary>
    public string? DatabasePath { get; init; }
}
