using System.Globalization;
using Graph.Core.Errors;
using Graph.Engine.Sqlite.Format;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite;

/// <summary>
/// Explicit upgrades of older formats: each step takes a file from version <c>From</c> to <c>From + 1</c>; all the
/// steps a file needs run in one transaction with the version bump, so a crash leaves the old version whole.
/// A file of a version without a path to <see cref="StoreFormat.Version"/> is refused, untouched.
/// </summary>
internal static class StoreMigrations
{
    private static readonly (int From, Action<SqliteConnection, SqliteTransaction> Step)[] Steps = [(1, RecordChecksums.AddToVersion1)];

    public static void Migrate(StoreFile file, int version)
    {
        if (version < 1)
        {
            throw file.Damaged("it carries the Graph application id but no format version");
        }

        var steps = new List<Action<SqliteConnection, SqliteTransaction>>();
        for (var v = version; v < StoreFormat.Version; v++)
        {
            var step = Array.Find(Steps, s => s.From == v).Step
                ?? throw new StorageException(
                    $"'{file.Path}' has store format {version}, which this program cannot upgrade to {StoreFormat.Version}; the file was left untouched.",
                    "StoreFormatTooOld");
            steps.Add(step);
        }

        using var transaction = file.Connection.BeginTransaction();
        foreach (var step in steps)
        {
            step(file.Connection, transaction);
        }

        using var command = file.Connection.CreateCommand();
        command.Transaction = transaction;
        var format = StoreFormat.Version.ToString(CultureInfo.InvariantCulture);
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {StoreFormat.Version}; UPDATE meta SET value = $format, checksum = $checksum WHERE key = 'format';");
        command.Parameters.AddWithValue("$format", format);
        command.Parameters.AddWithValue("$checksum", new RecordChecksum().Meta("format", format));
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
