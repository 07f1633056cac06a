namespace Graph.Engine;

/// <summary>How to open the embedded store.</summary>
public sealed record EmbeddedStoreOptions
{
    /// <summary>The SQLite database file that makes the store durable; null keeps it in memory only.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>
    /// How long opening a write transaction, or a writing statement with no time limit of its own, waits for the
    /// single writer slot before it fails with <c>LockAcquisitionTimeout</c>: long enough for any real write to
    /// finish, short enough that a caller behind an abandoned write transaction gets an answer rather than hanging.
    /// </summary>
    public TimeSpan WriterWait { get; init; } = TimeSpan.FromSeconds(60);
}
