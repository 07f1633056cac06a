using System.Globalization;
using Graph.Engine.Sqlite.Format;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite;

/// <summary>
/// <c>graph check</c>: everything that can be wrong with a database file, found without changing it (the file is
/// opened read-only, so it can be checked while the service runs): a lost or emptied file, a damaged log, SQLite's
/// <c>PRAGMA integrity_check</c>, and every row's checksum.
/// </summary>
public static class StoreCheck
{
    /// <summary>The problems found, one line each (empty when the file is whole).</summary>
    public static IReadOnlyList<string> Run(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (StoreFiles.Problem(full) is { } problem)
        {
            return [problem.Message];
        }

        if (!File.Exists(full))
        {
            return [$"'{full}' does not exist."];
        }

        if (WalScan.Damage(full + "-wal") is { } damage)
        {
            // Opening it, even read-only, would run SQLite's recovery, which stops at the damage.
            return [damage];
        }

        var problems = new List<string>();
        using var visit = new ReadOnlyVisit(full);
        try
        {
            using var connection = StoreFile.Connect(full, SqliteOpenMode.ReadOnly);
            using var transaction = connection.BeginTransaction(deferred: true);
            problems.AddRange(Lines(connection, transaction, "PRAGMA integrity_check").Where(line => line != "ok"));
            var application = long.Parse(Lines(connection, transaction, "PRAGMA application_id")[0], CultureInfo.InvariantCulture);
            var version = long.Parse(Lines(connection, transaction, "PRAGMA user_version")[0], CultureInfo.InvariantCulture);
            if (application != StoreFormat.ApplicationId)
            {
                problems.Add($"not a Graph database (application_id {application})");
            }
            else if (version < StoreFormat.Version)
            {
                problems.Add($"store format {version}: its rows carry no checksums yet (opening it once with this version adds them)");
            }
            else if (version > StoreFormat.Version)
            {
                problems.Add($"store format {version} is newer than this program reads ({StoreFormat.Version})");
            }
            else
            {
                problems.AddRange(RecordChecksums.Mismatches(connection, transaction));
            }
        }
        catch (SqliteException e)
        {
            problems.Add(StoreFile.Translate(e, full).Message);
        }

        return problems;
    }

    private static List<string> Lines(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return lines;
    }
}
