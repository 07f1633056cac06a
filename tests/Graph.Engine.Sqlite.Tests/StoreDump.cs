using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>A database file as text: the header pragmas, the table definitions and every row (blobs in hex), in key order.</summary>
internal static class StoreDump
{
    public static string Dump(string path)
    {
        var text = new StringBuilder();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        foreach (var pragma in new[] { "application_id", "user_version", "journal_mode" })
        {
            text.Append(CultureInfo.InvariantCulture, $"PRAGMA {pragma} = {Scalar(connection, "PRAGMA " + pragma)}\n");
        }

        var tables = new List<(string Name, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, sql) in tables)
        {
            text.Append('\n').Append(sql).Append('\n');
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {name} ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.GetValue(i)));
                text.Append("  ").AppendJoin(" | ", cells).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Cell(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => "x'" + Convert.ToHexString(bytes) + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Cell(command.ExecuteScalar()!);
    }
}
