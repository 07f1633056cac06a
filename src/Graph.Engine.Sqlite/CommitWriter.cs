using System.Globalization;
using Graph.Engine.Sqlite.Format;
using Graph.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite;

/// <summary>
/// Writes changes into the file inside a transaction the caller owns: entity rows (upsert or delete),
/// the tokens interned since the last write, the schema and the meta counters. Commands are prepared once
/// and reused, since a commit is a handful of rows and statement compilation would dominate it.
/// </summary>
internal sealed class CommitWriter(SqliteConnection connection) : IDisposable
{
    private readonly ByteWriter _labels = new();
    private readonly ByteWriter _properties = new();
    private readonly int[] _persistedTokens = new int[3];
    private readonly int[] _pendingTokens = new int[3];
    private readonly RecordChecksum _checksum = new();
    private SqliteCommand? _upsertNode;
    private SqliteCommand? _deleteNode;
    private SqliteCommand? _upsertRelationship;
    private SqliteCommand? _deleteRelationship;
    private SqliteCommand? _insertToken;
    private SqliteCommand? _meta;

    /// <summary>How many tokens of each kind the file already holds (set after loading).</summary>
    public void TokensPersisted(int labels, int types, int keys)
    {
        _persistedTokens[StoreFormat.LabelTokens] = labels;
        _persistedTokens[StoreFormat.TypeTokens] = types;
        _persistedTokens[StoreFormat.KeyTokens] = keys;
        _persistedTokens.CopyTo(_pendingTokens, 0);
    }

    /// <summary>After the transaction committed: the tokens it wrote are in the file.</summary>
    public void Committed() => _pendingTokens.CopyTo(_persistedTokens, 0);

    /// <summary>After the transaction rolled back: the tokens it wrote are not, and go with the next write.</summary>
    public void RolledBack() => _persistedTokens.CopyTo(_pendingTokens, 0);

    /// <summary>Writes one committed transaction's changes (see <see cref="ChangeSet"/>).</summary>
    public void Write(SqliteTransaction transaction, GraphStore store, ChangeSet changes)
    {
        WriteTokens(transaction, store);
        foreach (var node in changes.Nodes)
        {
            var head = node.Head;
            if (head is null || head.Deleted)
            {
                DeleteNode(transaction, node.Id);
            }
            else if (head.Begin == changes.Stamp)
            {
                UpsertNode(transaction, node.Id, head);
            }
        }

        foreach (var relationship in changes.Relationships)
        {
            var head = relationship.Head;
            if (head is null || head.Deleted)
            {
                DeleteRelationship(transaction, relationship.Id);
            }
            else if (head.Begin == changes.Stamp)
            {
                UpsertRelationship(transaction, relationship, head.Properties);
            }
        }

        if (changes.SchemaChanged)
        {
            WriteSchema(transaction, changes.Schema);
        }

        WriteLimits(transaction, store);
    }

    public void WriteLimits(SqliteTransaction transaction, GraphStore store)
    {
        WriteMeta(transaction, StoreFormat.NodeLimitKey, store.NodeLimit.ToString(CultureInfo.InvariantCulture));
        WriteMeta(transaction, StoreFormat.RelationshipLimitKey, store.RelationshipLimit.ToString(CultureInfo.InvariantCulture));
    }

    public void WriteTokens(SqliteTransaction transaction, GraphStore store)
    {
        WriteTokens(transaction, StoreFormat.LabelTokens, store.Labels);
        WriteTokens(transaction, StoreFormat.TypeTokens, store.Types);
        WriteTokens(transaction, StoreFormat.KeyTokens, store.Keys);
    }

    public void UpsertNode(SqliteTransaction transaction, long id, NodeVersion version)
    {
        _upsertNode ??= Prepare("INSERT OR REPLACE INTO nodes(id, labels, properties, checksum) VALUES ($id, $labels, $properties, $checksum)", "$id", "$labels", "$properties", "$checksum");
        _labels.Reset();
        ValueCodec.WriteLabels(_labels, version.Labels);
        _properties.Reset();
        ValueCodec.WriteProperties(_properties, version.Properties);
        var labels = _labels.ToArray();
        var properties = _properties.ToArray();
        Run(_upsertNode, transaction, id, labels, properties, _checksum.Node(id, labels, properties));
    }

    public void DeleteNode(SqliteTransaction transaction, long id)
    {
        _deleteNode ??= Prepare("DELETE FROM nodes WHERE id = $id", "$id");
        Run(_deleteNode, transaction, id);
    }

    public void UpsertRelationship(SqliteTransaction transaction, RelationshipRecord relationship, PropertyMap properties)
    {
        _upsertRelationship ??= Prepare(
            "INSERT OR REPLACE INTO relationships(id, type, start_node, end_node, properties, checksum) VALUES ($id, $type, $start, $end, $properties, $checksum)",
            "$id", "$type", "$start", "$end", "$properties", "$checksum");
        _properties.Reset();
        ValueCodec.WriteProperties(_properties, properties);
        var bytes = _properties.ToArray();
        var checksum = _checksum.Relationship(relationship.Id, relationship.Type, relationship.Start, relationship.End, bytes);
        Run(_upsertRelationship, transaction, relationship.Id, (long)relationship.Type, relationship.Start, relationship.End, bytes, checksum);
    }

    public void DeleteRelationship(SqliteTransaction transaction, long id)
    {
        _deleteRelationship ??= Prepare("DELETE FROM relationships WHERE id = $id", "$id");
        Run(_deleteRelationship, transaction, id);
    }

    public void WriteMeta(SqliteTransaction transaction, string key, string value)
    {
        _meta ??= Prepare("INSERT OR REPLACE INTO meta(key, value, checksum) VALUES ($key, $value, $checksum)", "$key", "$value", "$checksum");
        Run(_meta, transaction, key, value, _checksum.Meta(key, value));
    }

    /// <summary>Replaces the stored schema with <paramref name="schema"/> (schema changes are rare and small).</summary>
    public void WriteSchema(SqliteTransaction transaction, SchemaState schema)
    {
        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM schema_indexes; DELETE FROM schema_constraints;";
            clear.ExecuteNonQuery();
        }

        using var index = Prepare(
            $"INSERT INTO schema_indexes({RecordChecksums.IndexColumns}, checksum) VALUES ($id, $name, $kind, $entity, $labels, $properties, $owner, $checksum)",
            "$id", "$name", "$kind", "$entity", "$labels", "$properties", "$owner", "$checksum");
        foreach (var i in schema.Indexes)
        {
            string?[] text = [i.Name, SchemaCodec.Text(i.Kind), SchemaCodec.Text(i.EntityKind), SchemaCodec.Names(i.LabelsOrTypes), SchemaCodec.Names(i.Properties), i.OwningConstraint];
            Run(index, transaction, [i.Id, .. text, _checksum.Fields(i.Id, text)]);
        }

        using var constraint = Prepare(
            $"INSERT INTO schema_constraints({RecordChecksums.ConstraintColumns}, checksum) VALUES ($id, $name, $kind, $entity, $label, $properties, $type, $owned, $checksum)",
            "$id", "$name", "$kind", "$entity", "$label", "$properties", "$type", "$owned", "$checksum");
        foreach (var c in schema.Constraints)
        {
            string?[] text = [c.Name, SchemaCodec.Text(c.Kind), SchemaCodec.Text(c.EntityKind), c.Label, SchemaCodec.Names(c.Properties), c.PropertyType, c.OwnedIndex];
            Run(constraint, transaction, [c.Id, .. text, _checksum.Fields(c.Id, text)]);
        }

        WriteMeta(transaction, StoreFormat.SchemaNextIdKey, schema.NextId.ToString(CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _upsertNode?.Dispose();
        _deleteNode?.Dispose();
        _upsertRelationship?.Dispose();
        _deleteRelationship?.Dispose();
        _insertToken?.Dispose();
        _meta?.Dispose();
    }

    private void WriteTokens(SqliteTransaction transaction, int kind, TokenTable table)
    {
        var count = table.Count;
        if (count <= _pendingTokens[kind])
        {
            return;
        }

        _insertToken ??= Prepare("INSERT INTO tokens(kind, id, name, checksum) VALUES ($kind, $id, $name, $checksum)", "$kind", "$id", "$name", "$checksum");
        for (var id = _pendingTokens[kind]; id < count; id++)
        {
            var name = table.Name(id);
            Run(_insertToken, transaction, (long)kind, (long)id, name, _checksum.Token(kind, id, name));
        }

        _pendingTokens[kind] = count;
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
