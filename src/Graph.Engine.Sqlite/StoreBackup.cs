using Graph.Core.Errors;
using Graph.Engine.Sqlite.Format;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Engine.Sqlite;

/// <summary>
/// <c>graph backup</c>: an online, consistent copy of a database while a service may be writing it. The source is
/// read in one read transaction (WAL mode: the writer goes on, the copy sees one commit's state) and copied page by
/// page with SQLite's backup API into <c>&lt;target&gt;.partial</c>, which is renamed onto the target only when
/// whole; a failure leaves no target behind. An existing target is replaced only when asked.
/// </summary>
public static class StoreBackup
{
    private const int SqliteOk = 0;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteDone = 101;

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/>, reporting (pages copied, pages in all).</summary>
    public static void Run(string source, string target, bool overwrite, IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var from = Path.GetFullPath(source);
        var to = Path.GetFullPath(target);
        if (StoreFiles.Problem(from) is { } problem)
        {
            throw problem;
        }

        if (!File.Exists(from))
        {
            throw new StorageException($"There is no database '{from}' to back up.", "DatabaseMissing");
        }

        if (File.Exists(to) && !overwrite)
        {
            throw new StorageException($"The backup target '{to}' exists; pass --force to replace it.", "TargetExists");
        }

        // No store may have the target open while it is replaced.
        using var targetLock = StoreLock.Acquire(to);
        var partial = to + ".partial";
        try
        {
            StoreFiles.Delete(partial);
            Copy(from, partial, progress);
            foreach (var sidecar in StoreFiles.Sidecars)
            {
                File.Delete(to + sidecar);
            }

            File.Move(partial, to, overwrite);
        }
        catch (SqliteException e)
        {
            StoreFiles.Delete(partial);
            throw StoreFile.Translate(e, from);
        }
        catch
        {
            StoreFiles.Delete(partial);
            throw;
        }
    }

    private static void Copy(string from, string partial, IProgress<(int Done, int Total)>? progress)
    {
        using var visit = new ReadOnlyVisit(from);
        using var source = StoreFile.Connect(from, SqliteOpenMode.ReadOnly);
        using var read = source.BeginTransaction(deferred: true);
        using (var command = source.CreateCommand())
        {
            command.Transaction = read;
            command.CommandText = "PRAGMA application_id";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != StoreFormat.ApplicationId)
            {
                throw new CorruptStoreException($"'{from}' is not a Graph database; nothing was copied.", "NotAGraphDatabase");
            }
        }

        using var destination = StoreFile.Connect(partial, SqliteOpenMode.ReadWriteCreate);
        var backup = raw.sqlite3_backup_init(destination.Handle, "main", source.Handle, "main")
            ?? throw new StorageException($"SQLite could not start the backup of '{from}': {raw.sqlite3_errmsg(destination.Handle).utf8_to_string()}", "BackupFailed");
        try
        {
            var step = 64;
            while (true)
            {
                var rc = raw.sqlite3_backup_step(backup, step);
                var total = raw.sqlite3_backup_pagecount(backup);
                progress?.Report((total - raw.sqlite3_backup_remaining(backup), total));
                step = Math.Max(64, total / 100);
                if (rc == SqliteDone)
                {
                    break;
                }

                if (rc is SqliteBusy or SqliteLocked)
                {
                    Thread.Sleep(10);
                }
                else if (rc != SqliteOk)
                {
                    throw new StorageException($"The backup of '{from}' failed: {raw.sqlite3_errstr(rc).utf8_to_string()}", "BackupFailed");
                }
            }
        }
        finally
        {
            raw.sqlite3_backup_finish(backup);
        }
    }
}
