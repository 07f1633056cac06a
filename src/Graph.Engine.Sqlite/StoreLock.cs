using Graph.Core.Errors;

namespace Graph.Engine.Sqlite;

/// <summary>
/// One store per file: an exclusive OS lock on <c>&lt;file&gt;.lock</c>, held while the store is open. SQLite's own
/// locks stay shared (normal locking mode in WAL), so <c>graph backup</c> and <c>graph check</c> can read the file
/// while the service writes it; this lock keeps a second writer out. The lock file holds nothing and is left in
/// place (deleting it would let a waiting opener lock a file no one else sees).
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _stream;

    private StoreLock(FileStream stream) => _stream = stream;

    public static string PathOf(string database) => database + ".lock";

    public static StoreLock Acquire(string database)
    {
        try
        {
            return Take(database);
        }
        catch (IOException e) when (File.Exists(PathOf(database)))
        {
            throw new StoreUnavailableException($"The database '{database}' is in use by another store or process.", "DatabaseLocked", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"The lock file '{PathOf(database)}' cannot be created beside the database: {e.Message}", "LockFileFailed", e);
        }
    }

    /// <summary>The lock when no store holds it, else null (also when it cannot be created, e.g. on read-only media).</summary>
    public static StoreLock? TryAcquire(string database)
    {
        try
        {
            return Take(database);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // FileShare.None is an exclusive advisory lock on Unix (flock), also against this process.
    private static StoreLock Take(string database) =>
        new(new FileStream(PathOf(database), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));

    public void Dispose() => _stream.Dispose();
}
