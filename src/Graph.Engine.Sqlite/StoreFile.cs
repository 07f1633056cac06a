using System.Globalization;
using Graph.Core.Errors;
using Graph.Engine.Sqlite.Format;
using Graph.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite;

/// <summary>
/// The open database file: one SQLite connection held for the store's lifetime, in WAL mode with an exclusive
/// lock (so a second process, or a second store in this one, cannot open the same file and diverge from it)
/// and <c>synchronous=FULL</c> (a commit is on disk, not only in the OS cache, when it returns).
/// Nothing is written to an existing file until it has proved to be ours, of a version we read.
/// </summary>
internal sealed class StoreFile : IDisposable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private StoreFile(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    public string Path { get; }

    public SqliteConnection Connection { get; }

    /// <summary>Opens <paramref name="path"/>, creating a new database when there is no file (or an empty one).</summary>
    public static StoreFile Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(full) && new FileInfo(full).Length > 0;
        if (!exists)
        {
            var directory = System.IO.Path.GetDirectoryName(full);
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = exists ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            // A pooled connection would keep the file open (and locked) after the store is disposed.
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA locking_mode=EXCLUSIVE");
            var file = new StoreFile(full, connection);
            if (file.IsBlank())
            {
                file.Create();
            }
            else
            {
                file.Validate();
            }

            Execute(connection, "PRAGMA journal_mode=WAL");
            Execute(connection, "PRAGMA synchronous=FULL");
            return file;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Translate(e, full);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose() => Connection.Dispose();

    /// <summary>A SQLite failure as the store's typed error.</summary>
    public static GraphException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        SqliteNotADatabase => new CorruptStoreException($"'{path}' is not a Graph database (not a SQLite file); it was left untouched.", "NotAGraphDatabase", e),
        SqliteCorrupt => new CorruptStoreException($"The database '{path}' is damaged: {e.Message}", "DamagedDatabase", e),
        SqliteBusy or SqliteLocked => new StoreUnavailableException($"The database '{path}' is in use by another store or process.", "DatabaseLocked", e),
        _ => new StorageException($"The database '{path}' failed: {e.Message}", "SqliteError", e),
    };

    public string? Meta(string key)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
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

    /// <summary>
    /// True for a file with no tables and no application id: new, or a creation that crashed before its first
    /// commit. It holds no data, so making it ours destroys nothing.
    /// </summary>
    private bool IsBlank() => Scalar("PRAGMA application_id") == 0 && Scalar("SELECT count(*) FROM sqlite_master") == 0;

    private void Validate()
    {
        var applicationId = Scalar("PRAGMA application_id");
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

    /// <summary>Creates the tables, the initial schema and the marks in one transaction (rollback journal, so the marks are in the main file).</summary>
    private void Create()
    {
        using var transaction = Connection.BeginTransaction();
        using (var command = Connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = StoreFormat.CreateTables + string.Create(
                CultureInfo.InvariantCulture,
                $"PRAGMA application_id = {StoreFormat.ApplicationId}; PRAGMA user_version = {StoreFormat.Version};");
            command.ExecuteNonQuery();
        }

        var writer = new CommitWriter(Connection);
        writer.WriteMeta(transaction, "format", StoreFormat.Version.ToString(CultureInfo.InvariantCulture));
        writer.WriteMeta(transaction, StoreFormat.NodeLimitKey, "0");
        writer.WriteMeta(transaction, StoreFormat.RelationshipLimitKey, "0");
        writer.WriteMeta(transaction, StoreFormat.CommitsKey, "0");
        writer.WriteSchema(transaction, SchemaState.Initial);
        transaction.Commit();
    }
}
