
namespace Graph.Engine.Sqlite;

/// <summary>
/// Opens a durable embedded store: the graph lives in memory and every committed transaction is written to a
/// SQLite file (WAL mode, fsynced) before the commit returns; opening rebuilds the graph from the file.
/// Equivalent to <c>new EmbeddedGraphStore(new() { DatabasePath = path })</c>, which finds this assembly by name;
/// calling this instead makes the reference explicit, so the provider is certain to be deployed.
/// </summary>
public static class DurableGraphStore
{
    /// <summary>Opens (or creates) the database file at <paramref name="path"/>.</summary>
    /// <exception cref="Core.Errors.CorruptStoreException">The file is not a Graph database, or is damaged; it is left untouched.</exception>
    /// <exception cref="Core.Errors.StorageException">The file's format is newer (or older) than this program reads.</exception>
    /// <exception cref="Core.Errors.StoreUnavailableException">Another store or process has the file open.</exception>
    public static EmbeddedGraphStore Open(string path) => Open(new EmbeddedStoreOptions { DatabasePath = path });

    /// <summary>Opens the store described by <paramref name="options"/>, whose <see cref="EmbeddedStoreOptions.DatabasePath"/> must be set.</summary>
    public static EmbeddedGraphStore Open(EmbeddedStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        GC.KeepAlive(typeof(SqliteDurability));
        return new EmbeddedGraphStore(options);
    }

    /// <summary>True when anything of a database is at <paramref name="path"/>: the file or one of SQLite's sidecars.</summary>
    public static bool Exists(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) || Array.Exists(StoreFiles.Sidecars, s => File.Exists(full + s));
    }

    /// <summary>Deletes a closed database with its sidecars and lock file (e.g. one a failed import created).</summary>
    public static void Delete(string path) => StoreFiles.Delete(Path.GetFullPath(path));

    /// <summary>The durability of an open durable store, for bulk import.</summary>
    internal static SqliteDurability Durability(EmbeddedGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Durability as SqliteDurability
            ?? throw new InvalidOperationException("The store has no database file (open it with DurableGraphStore.Open).");
    }
}
