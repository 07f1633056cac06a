namespace Graph.Engine.Storage;

/// <summary>
/// Makes a <see cref="GraphStore"/> durable: <see cref="Open"/> fills the empty store from a database file and
/// sets <see cref="GraphStore.CommitHook"/> so every commit is written before it is acknowledged. Implemented
/// outside the engine (Graph.Engine.Sqlite), which the engine cannot reference; see <see cref="StoreDurability"/>.
/// </summary>
internal interface IStoreDurability : IDisposable
{
    /// <summary>Opens (or creates) the file at <paramref name="path"/> and loads it into the empty <paramref name="store"/>.</summary>
    void Open(GraphStore store, string path);

    /// <summary>Why the last commit could not be written (cleared by the next one that is), or null: what readiness reports.</summary>
    string? WriteFailure { get; }
}
