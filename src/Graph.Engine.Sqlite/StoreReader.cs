using Graph.Engine.Sqlite.Format;
using Graph.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite;

/// <summary>
/// Rebuilds the in-memory graph from the file by the bulk path: records, adjacency and indexes are filled
/// directly, one pass over each table in id order, with no Cypher and no transaction bookkeeping. The loaded
/// state is published as commit 1. Anything that does not decode is reported as damage.
/// </summary>
internal static class StoreReader
{
    /// <summary>The commit stamp of everything loaded from the file.</summary>
    public const long LoadedStamp = 1;

    public static void Load(StoreFile file, GraphStore store)
    {
        if (store.NodeLimit != 0 || store.Labels.Count != 0 || store.Keys.Count != 0)
        {
            throw new InvalidOperationException("A database file loads into an empty store only.");
        }

        SchemaState schema;
        try
        {
            LoadTokens(file, store);
            schema = LoadSchema(file, store);
            var loader = new BulkGraphWriter(store, schema, LoadedStamp);
            var nodeLimit = file.MetaNumber(StoreFormat.NodeLimitKey);
            var relationshipLimit = file.MetaNumber(StoreFormat.RelationshipLimitKey);
            loader.ExpectNodes(nodeLimit);
            LoadNodes(file, store, loader);
            loader.ReserveNodes(nodeLimit);
            loader.ExpectRelationships(relationshipLimit);
            LoadRelationships(file, store, loader);
            loader.ReserveRelationships(relationshipLimit);
            loader.BuildAdjacency();
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or InvalidOperationException)
        {
            // InvalidOperationException: the reader met NULL where the format has a value (a flipped bit in a record
            // header can make a column's stored type NULL); found by BitFlipTests.
            throw file.Damaged(e.Message, e);
        }

        store.Publish(LoadedStamp, schema);
    }

    private static void LoadTokens(StoreFile file, GraphStore store)
    {
        using var command = file.Connection.CreateCommand();
        command.CommandText = "SELECT kind, id, name, checksum FROM tokens ORDER BY kind, id";
        using var reader = command.ExecuteReader();
        var checksum = new RecordChecksum();
        while (reader.Read())
        {
            var kind = reader.GetInt32(0);
            var id = reader.GetInt64(1);
            var name = reader.GetString(2);
            Verify(file, "tokens", $"({kind}, {id})", reader.GetInt64(3), checksum.Token(kind, id, name));
            var table = kind switch
            {
                StoreFormat.LabelTokens => store.Labels,
                StoreFormat.TypeTokens => store.Types,
                StoreFormat.KeyTokens => store.Keys,
                _ => throw file.Damaged($"token kind {kind} is unknown"),
            };
            if (id != table.Count || table.GetOrAdd(name) != id)
            {
                throw file.Damaged($"token {id} ('{name}') of kind {kind} is out of sequence or repeated");
            }
        }
    }

    private static SchemaState LoadSchema(StoreFile file, GraphStore store)
    {
        var indexes = new List<IndexDescriptor>();
        var constraints = new List<ConstraintDescriptor>();
        var checksum = new RecordChecksum();
        try
        {
            using (var command = file.Connection.CreateCommand())
            {
                command.CommandText = $"SELECT {RecordChecksums.IndexColumns}, checksum FROM schema_indexes ORDER BY id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    Verify(file, "schema_indexes", Invariant(reader.GetInt64(0)), reader.GetInt64(7), RecordChecksums.Text(reader, checksum));
                    var index = new IndexDescriptor(
                        reader.GetInt64(0),
                        reader.GetString(1),
                        SchemaCodec.IndexKind(reader.GetString(2)),
                        SchemaCodec.EntityKind(reader.GetString(3)),
                        SchemaCodec.Names(reader.GetString(4)),
                        SchemaCodec.Names(reader.GetString(5)),
                        reader.IsDBNull(6) ? null : reader.GetString(6));
                    indexes.Add(SchemaCodec.WithLiveStructure(index, store));
                }
            }

            using (var command = file.Connection.CreateCommand())
            {
                command.CommandText = $"SELECT {RecordChecksums.ConstraintColumns}, checksum FROM schema_constraints ORDER BY id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    Verify(file, "schema_constraints", Invariant(reader.GetInt64(0)), reader.GetInt64(8), RecordChecksums.Text(reader, checksum));
                    constraints.Add(new ConstraintDescriptor(
                        reader.GetInt64(0),
                        reader.GetString(1),
                        SchemaCodec.ConstraintKind(reader.GetString(2)),
                        SchemaCodec.EntityKind(reader.GetString(3)),
                        reader.GetString(4),
                        SchemaCodec.Names(reader.GetString(5)),
                        reader.IsDBNull(6) ? null : reader.GetString(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7)));
                }
            }
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidCastException)
        {
            throw file.Damaged($"a schema rule does not decode ({e.Message})", e);
        }

        return new SchemaState(indexes, constraints, file.MetaNumber(StoreFormat.SchemaNextIdKey));
    }

    private static void LoadNodes(StoreFile file, GraphStore store, BulkGraphWriter loader)
    {
        using var command = file.Connection.CreateCommand();
        command.CommandText = "SELECT id, labels, properties, checksum FROM nodes ORDER BY id";
        using var reader = command.ExecuteReader();
        var labelTokens = store.Labels.Count;
        var keyTokens = store.Keys.Count;
        var checksum = new RecordChecksum();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (id < store.NodeLimit)
            {
                throw new FormatException($"node id {id} is out of order");
            }

            var labelBytes = Blob(reader, 1);
            var propertyBytes = Blob(reader, 2);
            Verify(file, "nodes", Invariant(id), reader.GetInt64(3), checksum.Node(id, labelBytes, propertyBytes));
            var labels = ValueCodec.ReadLabels(labelBytes, labelTokens);
            Array.Sort(labels);
            var properties = ValueCodec.ReadProperties(propertyBytes, keyTokens);
            loader.AddNode(id, labels, properties);
        }
    }

    private static void LoadRelationships(StoreFile file, GraphStore store, BulkGraphWriter loader)
    {
        using var command = file.Connection.CreateCommand();
        command.CommandText = "SELECT id, type, start_node, end_node, properties, checksum FROM relationships ORDER BY id";
        using var reader = command.ExecuteReader();
        var typeTokens = store.Types.Count;
        var keyTokens = store.Keys.Count;
        var checksum = new RecordChecksum();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var type = reader.GetInt64(1);
            var start = reader.GetInt64(2);
            var end = reader.GetInt64(3);
            var bytes = Blob(reader, 4);
            Verify(file, "relationships", Invariant(id), reader.GetInt64(5), checksum.Relationship(id, type, start, end, bytes));
            if (id < store.RelationshipLimit || type < 0 || type >= typeTokens)
            {
                throw new FormatException($"relationship {id} is out of order or has an unknown type");
            }

            var properties = ValueCodec.ReadProperties(bytes, keyTokens);
            loader.AddRelationship(id, (int)type, start, end, properties);
        }
    }

    private static void Verify(StoreFile file, string table, string row, long stored, long computed)
    {
        if (stored != computed)
        {
            throw file.Damaged(RecordChecksum.Mismatch(table, row, stored, computed));
        }
    }

    private static string Invariant(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The blob in column <paramref name="ordinal"/>, read as a whole value (one copy of the column). Reading it
    /// with <c>GetBytes</c> (length, then copy) cost ~20 µs a row, apparently because a query that selects the rowid
    /// gets blob streams (incremental blob I/O, a handle per call): reopening the benchmark's M file (1.1 M
    /// records) took 28 s that way and 8 s this way.
    /// </summary>
    private static byte[] Blob(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? throw new FormatException("a blob is NULL") : reader.GetFieldValue<byte[]>(ordinal);
}
