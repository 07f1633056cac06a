using System.Globalization;
using Graph.Core.Errors;
using Graph.Engine.Sqlite.Format;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite;

/// <summary>
/// Explicit upgrades of older formats: each step takes a file from version <c>From</c> to <c>From + 1</c>; all the
/// steps a file needs run in one transaction with the version bump, so a crash leaves the old version whole.
/// Version 1 is the first format, so there are no steps yet; a file of a version without a path to
/// <see cref="StoreFormat.Version"/> is refused, untouched.
/// </summary>
internal static class StoreMigrations
{
    private static readonly (int From, Action<SqliteConnection, SqliteTransaction> Step)[] Steps = [];

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
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {StoreFormat.Version}; UPDATE meta SET value = '{StoreFormat.Version}' WHERE key = 'format';");
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
