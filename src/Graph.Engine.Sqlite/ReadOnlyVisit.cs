namespace Graph.Engine.Sqlite;

/// <summary>
/// Reading a database without leaving a trace (<c>graph check</c>, the source of <c>graph backup</c>). A read-only
/// SQLite connection to a WAL file creates the <c>-wal</c> and <c>-shm</c> it needs and cannot remove them on close,
/// and a stray sidecar later reads as a lost database. When no store has the file open (its lock is free), the visit
/// holds the lock, so none can start meanwhile, and removes the sidecars it made; when a store has it, the sidecars
/// are that store's and stay.
/// </summary>
internal sealed class ReadOnlyVisit : IDisposable
{
    private readonly string _path;
    private readonly StoreLock? _lock;
    private readonly string[] _before;

    public ReadOnlyVisit(string path)
    {
        _path = path;
        _lock = StoreLock.TryAcquire(path);
        _before = Existing();
    }

    /// <summary>Call after the visit's connection is closed.</summary>
    public void Dispose()
    {
        if (_lock is not null)
        {
            foreach (var made in Existing().Except(_before, StringComparer.Ordinal))
            {
                File.Delete(made);
            }

            _lock.Dispose();
        }
    }

    private string[] Existing() => [.. StoreFiles.Sidecars.Select(s => _path + s).Where(File.Exists)];
}
