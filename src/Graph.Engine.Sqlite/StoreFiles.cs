using Graph.Core.Errors;

namespace Graph.Engine.Sqlite;

/// <summary>
/// Tells a new database from a lost or emptied one before anything opens the file. New: no main file and nothing
/// beside it. Lost: no main file but a SQLite sidecar (<c>-wal</c>, <c>-shm</c>, <c>-journal</c>) is there, so a
/// database was open at this path. Emptied: the main file has zero length (a store is created under another name
/// and renamed into place whole, so a zero-length file at the path was never one of ours in the making).
/// Refused files are left exactly as they are.
/// </summary>
internal static class StoreFiles
{
    public static readonly string[] Sidecars = ["-wal", "-shm", "-journal"];

    /// <summary>The problem with the files at <paramref name="path"/>, or null when they are a database or nothing at all.</summary>
    public static CorruptStoreException? Problem(string path)
    {
        if (!File.Exists(path))
        {
            var orphan = Array.Find(Sidecars, s => File.Exists(path + s));
            return orphan is null
                ? null
                : new CorruptStoreException(
                    $"The database '{path}' is missing but its '{Path.GetFileName(path)}{orphan}' is there: the file was moved or deleted after it was used. Restore it (or a backup); to start a new database on purpose, delete the '{orphan}' file too.",
                    "DatabaseMissing");
        }

        return new FileInfo(path).Length == 0
            ? new CorruptStoreException(
                $"The database '{path}' is empty (zero length): it was emptied or truncated, not created by Graph. Restore it from a backup; to start a new database on purpose, delete the file. It was left untouched.",
                "DatabaseEmptied")
            : null;
    }

    /// <summary>Deletes the database and its sidecars (for a failed import that created it).</summary>
    public static void Delete(string path)
    {
        foreach (var file in (string[])[path, .. Sidecars.Select(s => path + s), StoreLock.PathOf(path)])
        {
            File.Delete(file);
        }
    }
}
