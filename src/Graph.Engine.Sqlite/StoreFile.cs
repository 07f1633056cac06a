using System.Globalization;
using Graph.Core.Errors;
using Graph.Engine.Sqlite.Format;
using Graph.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite;

/// <summary>
/// The open database file: one SQLite connection held for the store's lifetime, in WAL mode with
/// <c>synchronous=FULL</c> (a commit is on disk, not only in the OS cache, when it returns), and the
/// <see cref="StoreLock"/> that keeps a second store (in this process or another) from opening the same file and
/// diverging from it. Before SQLite touches an existing file, <see cref="StoreFiles"/> and <see cref="WalScan"/>
/// rule out an emptied or lost file and a damaged log; nothing is written to it until it has proved to be ours, of
/// a version we read.
/// </summary>
internal sealed class StoreFile : IDisposable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private readonly StoreLock _lock;

    private StoreFile(string path, SqliteConnection connection, StoreLock storeLock)
    {
        Path = path;
        Connection = connection;
        _lock = storeLock;
    }

    public string Path { get; }

    public SqliteConnection Connection { get; }

    /// <summary>Opens <paramref name="path"/>, creating a new database only when there is nothing at all there.</summary>
    public static StoreFile Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var storeLock = StoreLock.Acquire(full);
        SqliteConnection? connection = null;
        try
        {
            if (StoreFiles.Problem(full) is { } problem)
            {
                throw problem;
            }

            if (!File.Exists(full))
            {
                CreateNew(full);
            }
            else if (WalScan.Damage(full + "-wal") is { } damage)
            {
                throw new CorruptStoreException($"The database '{full}' is damaged: {damage}. It was left untouched.", "DamagedLog");
            }

            connection = Connect(full, SqliteOpenMode.ReadWrite);
            var file = new StoreFile(full, connection, storeLock);
            file.Validate();
            Execute(connection, "PRAGMA journal_mode=WAL");
            Execute(connection, "PRAGMA synchronous=FULL");
            return file;
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            storeLock.Dispose();
            throw Translate(e, full);
        }
        catch
        {
            connection?.Dispose();
            storeLock.Dispose();
            throw;
        }
    }

    /// <summary>A connection without pooling (a pooled one would keep the file open after the store is disposed).</summary>
    internal static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        Connection.Dispose();
        _lock.Dispose();
    }

    /// <summary>A SQLite failure as the store's typed error.</summary>
    public static GraphException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        SqliteNotADatabase => new CorruptStoreException($"'{path}' is not a Graph database (not a SQLite file); it was left untouched.", "NotAGraphDatabase", e),
        SqliteCorrupt => new CorruptStoreException($"The database '{path}' is damaged: {e.Message}", "DamagedDatabase", e),
        SqliteBusy or SqliteLocked => new StoreUnavailableException($"The database '{path}' is in use by another store or process.", "DatabaseLocked", e),
        _ => new StorageException($"The database '{path}' failed: {e.Message}", "SqliteError", e),
    };

    /// <summary>The meta value under <paramref name="key"/>, its checksum verified; null when there is none.</summary>
    public string? Meta(string key)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT value, checksum FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var value = reader.GetString(0);
        var computed = new RecordChecksum().Meta(key, value);
        var stored = reader.GetInt64(1);
        return stored == computed ? value : throw Damaged(RecordChecksum.Mismatch("meta", $"'{key}'", stored, computed));
    }

    public long MetaNumber(string key)
    {
        var text = Meta(key) ?? throw Damaged($"meta has no '{key}'");
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Damaged($"meta '{key}' is '{text}', not a number");
    }

    public CorruptStoreException Damaged(string what, Exception? inner = null) =>
        new($"The database '{Path}' is damaged: {what}. It was left untouched.", "DamagedDatabase", inner);

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Validate()
    {
        var applicationId = Scalar("PRAGMA application_id");
        if (applicationId == 0 && Scalar("SELECT count(*) FROM sqlite_master") == 0)
        {
            throw new CorruptStoreException(
                $"The database '{Path}' is a blank SQLite file without Graph's tables: it was emptied or replaced, not created by Graph (which creates a database whole before it appears under its name). Restore it from a backup; to start a new database on purpose, delete the file. It was left untouched.",
                "DatabaseEmptied");
        }

        if (applicationId != StoreFormat.ApplicationId)
        {
            throw new CorruptStoreException(
                $"'{Path}' is a SQLite database of another application (application_id {applicationId}), not a Graph database; it was left untouched.",
                "NotAGraphDatabase");
        }

        var version = Scalar("PRAGMA user_version");
        if (version > StoreFormat.Version)
        {
            throw new StorageException(
                $"'{Path}' has store format {version}, newer than this program reads ({StoreFormat.Version}). Use a newer Graph; the file was left untouched.",
                "StoreFormatTooNew");
        }

        if (version < StoreFormat.Version)
        {
            StoreMigrations.Migrate(this, (int)version);
        }

        foreach (var table in StoreFormat.Tables)
        {
            using var command = Connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
            command.Parameters.AddWithValue("$name", table);
            if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 1)
            {
                throw Damaged($"table '{table}' is missing");
            }
        }

        var format = Meta("format");
        if (format != StoreFormat.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw Damaged($"meta says format '{format}' but the header says {version}");
        }
    }

    /// <summary>
    /// Creates a new database under a temporary name (tables, initial schema and marks in one transaction, rollback
    /// journal) and renames it into place whole, so the path never shows a half-made file: a crash leaves only the
    /// temporary, which the next creation replaces.
    /// </summary>
    private static void CreateNew(string path)
    {
        var temporary = path + ".creating";
        StoreFiles.Delete(temporary);
        using (var connection = Connect(temporary, SqliteOpenMode.ReadWriteCreate))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = StoreFormat.CreateTables + string.Create(
                    CultureInfo.InvariantCulture,
                    $"PRAGMA application_id = {StoreFormat.ApplicationId}; PRAGMA user_version = {StoreFormat.Version};");
                command.ExecuteNonQuery();
            }

            using var writer = new CommitWriter(connection);
            writer.WriteMeta(transaction, "format", StoreFormat.Version.ToString(CultureInfo.InvariantCulture));
            writer.WriteMeta(transaction, StoreFormat.NodeLimitKey, "0");
            writer.WriteMeta(transaction, StoreFormat.RelationshipLimitKey, "0");
            writer.WriteMeta(transaction, StoreFormat.CommitsKey, "0");
            writer.WriteSchema(transaction, SchemaState.Initial);
            transaction.Commit();
        }

        File.Move(temporary, path, overwrite: false);
        StoreFiles.Delete(temporary);
    }
}
