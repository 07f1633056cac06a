using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite.Format;

/// <summary>
/// Whole-table passes over the row checksums: computing them once for a format-1 file (the migration to 2) and
/// verifying them for <c>graph check</c>. Loading verifies the same checksums inline while it decodes the rows.
/// </summary>
internal static class RecordChecksums
{
    private static readonly Table[] Tables =
    [
        new("meta", "key, value", ["key"], (r, c) => c.Meta(r.GetString(0), r.GetString(1))),
        new("tokens", "kind, id, name", ["kind", "id"], (r, c) => c.Token(r.GetInt64(0), r.GetInt64(1), r.GetString(2))),
        new("nodes", "id, labels, properties", ["id"], (r, c) => c.Node(r.GetInt64(0), r.GetFieldValue<byte[]>(1), r.GetFieldValue<byte[]>(2))),
        new("relationships", "id, type, start_node, end_node, properties", ["id"], (r, c) => c.Relationship(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetFieldValue<byte[]>(4))),
        new("schema_indexes", IndexColumns, ["id"], Text),
        new("schema_constraints", ConstraintColumns, ["id"], Text),
    ];

    public const string IndexColumns = "id, name, kind, entity, labels_or_types, properties, owning_constraint";

    public const string ConstraintColumns = "id, name, kind, entity, label, properties, property_type, owned_index";

    /// <summary>The checksum of a schema row as read: the id, then every text column (NULL kept apart from empty).</summary>
    public static long Text(SqliteDataReader reader, RecordChecksum checksum)
    {
        var values = new string?[reader.FieldCount - 1];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.IsDBNull(i + 1) ? null : reader.GetString(i + 1);
        }

        // A checksum column, when selected, is the last one and not part of the row's text.
        return checksum.Fields(reader.GetInt64(0), reader.GetName(reader.FieldCount - 1) == "checksum" ? values[..^1] : values);
    }

    /// <summary>
    /// The migration from format 1 to 2: adds the <c>checksum</c> column and computes it for every row (read first,
    /// then update, as SQLite leaves a scan of a table being updated undefined). Migrated tables say
    /// <c>DEFAULT 0</c> in their definition (SQLite's ADD COLUMN needs one); a new file's do not.
    /// </summary>
    public static void AddToVersion1(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var table in Tables)
        {
            using (var alter = connection.CreateCommand())
            {
                alter.Transaction = transaction;
                alter.CommandText = $"ALTER TABLE {table.Name} ADD COLUMN checksum INTEGER NOT NULL DEFAULT 0";
                alter.ExecuteNonQuery();
            }

            var rows = Rows(connection, transaction, table, withStored: false);
            using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = $"UPDATE {table.Name} SET checksum = $checksum WHERE " + string.Join(" AND ", table.Key.Select((k, i) => $"{k} = $k{i}"));
            foreach (var row in rows)
            {
                update.Parameters.Clear();
                update.Parameters.AddWithValue("$checksum", row.Computed);
                for (var i = 0; i < row.Key.Length; i++)
                {
                    update.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), row.Key[i]);
                }

                update.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Every row whose stored checksum differs from its bytes', as <see cref="RecordChecksum.Mismatch"/> lines.</summary>
    public static IEnumerable<string> Mismatches(SqliteConnection connection, SqliteTransaction transaction) =>
        from table in Tables
        from row in Rows(connection, transaction, table, withStored: true)
        where row.Stored != row.Computed
        select RecordChecksum.Mismatch(table.Name, string.Join(", ", row.Key), row.Stored, row.Computed);

    private static List<Row> Rows(SqliteConnection connection, SqliteTransaction? transaction, Table table, bool withStored)
    {
        var rows = new List<Row>();
        var checksum = new RecordChecksum();
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"SELECT {table.Columns}{(withStored ? ", checksum" : string.Empty)} FROM {table.Name}";
        using var reader = read.ExecuteReader();
        var columns = table.Columns.Split(", ");
        while (reader.Read())
        {
            var key = table.Key.Select(k => reader.GetValue(Array.IndexOf(columns, k))).ToArray();
            rows.Add(new Row(key, withStored ? reader.GetInt64(columns.Length) : 0, table.Compute(reader, checksum)));
        }

        return rows;
    }

    private sealed record Table(string Name, string Columns, string[] Key, Func<SqliteDataReader, RecordChecksum, long> Compute);

    private readonly record struct Row(object[] Key, long Stored, long Computed);
}
