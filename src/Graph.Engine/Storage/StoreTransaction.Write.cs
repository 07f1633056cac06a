using Graph.Core.Errors;

namespace Graph.Engine.Storage;

/// <summary>Writes: each makes (or reuses, within one statement) an uncommitted version and keeps the indexes in step.</summary>
internal sealed partial class StoreTransaction
{
    public NodeRecord CreateNode(int[] sortedLabels, PropertyMap properties)
    {
        RequireWritable();
        if (ReferenceEquals(properties, PropertyMap.Empty))
        {
            // The shared empty map must never be changed in place by a later SET in this statement.
            properties = new PropertyMap([], []);
        }

        var record = Store.AllocateNode();
        var version = new NodeVersion(Versions.Uncommitted, _statement, null, false, sortedLabels, properties);
        record.Head = version;
        _undo.Add(new UndoEntry(UndoKind.NodeHead, record, null));
        _touchedNodes.Add(record);
        foreach (var label in sortedLabels)
        {
            Store.LabelIndex.Add(label, record.Id);
        }

        for (var i = 0; i < properties.Count; i++)
        {
            IndexNodeProperty(record, version, properties.KeyAt(i), properties.ValueAt(i));
        }

        CheckNodeConstraints(record, version);
        return record;
    }

    public RelationshipRecord CreateRelationship(int type, NodeRecord start, NodeRecord end, PropertyMap properties)
    {
        RequireWritable();
        RequireLive(start);
        RequireLive(end);
        if (ReferenceEquals(properties, PropertyMap.Empty))
        {
            properties = new PropertyMap([], []);
        }

        var record = Store.AllocateRelationship(type, start.Id, end.Id);
        record.Head = new RelationshipVersion(Versions.Uncommitted, _statement, null, false, properties);
        _undo.Add(new UndoEntry(UndoKind.RelationshipHead, record, null));
        _touchedRelationships.Add(record);
        start.Outgoing.Add(type, new EdgeEntry(record.Id, end.Id));
        end.Incoming.Add(type, new EdgeEntry(record.Id, start.Id));
        return record;
    }

    /// <summary>Sets (or, with null, removes) one property. Returns true when the property was set or removed.</summary>
    public bool SetNodeProperty(NodeRecord node, int key, object? value)
    {
        var current = RequireLive(node);
        if (value is null && current.Properties.IndexOf(key) < 0)
        {
            return false;
        }

        var version = WritableNode(node);
        version.Properties.SetInPlace(key, value);
        if (value is not null)
        {
            IndexNodeProperty(node, version, key, value);
            CheckNodeConstraints(node, version);
        }

        return true;
    }

    /// <summary>Replaces every property (SET n = map). Null values in the map are skipped.</summary>
    public void ReplaceNodeProperties(NodeRecord node, IReadOnlyList<KeyValuePair<int, object?>> properties)
    {
        RequireLive(node);
        var version = WritableNode(node);
        var map = new PropertyMap([], []);
        foreach (var (key, value) in properties)
        {
            map.SetInPlace(key, value);
        }

        version.Properties = map;
        for (var i = 0; i < map.Count; i++)
        {
            IndexNodeProperty(node, version, map.KeyAt(i), map.ValueAt(i));
        }

        CheckNodeConstraints(node, version);
    }

    public bool AddLabel(NodeRecord node, int label)
    {
        var current = RequireLive(node);
        if (current.HasLabel(label))
        {
            return false;
        }

        var version = WritableNode(node);
        var labels = new int[version.Labels.Length + 1];
        version.Labels.CopyTo(labels, 0);
        labels[^1] = label;
        Array.Sort(labels);
        version.Labels = labels;
        Store.LabelIndex.Add(label, node.Id);
        for (var i = 0; i < version.Properties.Count; i++)
        {
            IndexNodeProperty(node, version, version.Properties.KeyAt(i), version.Properties.ValueAt(i));
        }

        CheckNodeConstraints(node, version);
        return true;
    }

    public bool RemoveLabel(NodeRecord node, int label)
    {
        var current = RequireLive(node);
        if (!current.HasLabel(label))
        {
            return false;
        }

        var version = WritableNode(node);
        version.Labels = Array.FindAll(version.Labels, l => l != label);
        return true;
    }

    /// <summary>Deletes a node (and with <paramref name="detach"/> its relationships first). Returns false when it was already deleted.</summary>
    public bool DeleteNode(NodeRecord node, bool detach, out int relationshipsDeleted)
    {
        RequireWritable();
        relationshipsDeleted = 0;
        var head = node.Head;
        if (head is null || head.Deleted)
        {
            return false;
        }

        if (detach)
        {
            relationshipsDeleted += DeleteAll(node.Outgoing) + DeleteAll(node.Incoming);
        }

        var tombstone = new NodeVersion(Versions.Uncommitted, _statement, head, true, head.Labels, head.Properties);
        _undo.Add(new UndoEntry(UndoKind.NodeHead, node, head));
        node.Head = tombstone;
        _touchedNodes.Add(node);
        _deletedNodes.Add(node);
        return true;
    }

    /// <summary>Deletes a relationship. Returns false when it was already deleted.</summary>
    public bool DeleteRelationship(RelationshipRecord relationship)
    {
        RequireWritable();
        var head = relationship.Head;
        if (head is null || head.Deleted)
        {
            return false;
        }

        var tombstone = new RelationshipVersion(Versions.Uncommitted, _statement, head, true, head.Properties);
        _undo.Add(new UndoEntry(UndoKind.RelationshipHead, relationship, head));
        relationship.Head = tombstone;
        _touchedRelationships.Add(relationship);
        return true;
    }

    public bool SetRelationshipProperty(RelationshipRecord relationship, int key, object? value)
    {
        var current = RequireLive(relationship);
        if (value is null && current.Properties.IndexOf(key) < 0)
        {
            return false;
        }

        WritableRelationship(relationship).Properties.SetInPlace(key, value);
        return true;
    }

    public void ReplaceRelationshipProperties(RelationshipRecord relationship, IReadOnlyList<KeyValuePair<int, object?>> properties)
    {
        RequireLive(relationship);
        var map = new PropertyMap([], []);
        foreach (var (key, value) in properties)
        {
            map.SetInPlace(key, value);
        }

        WritableRelationship(relationship).Properties = map;
    }

    private int DeleteAll(AdjacencyList list)
    {
        var deleted = 0;
        var entries = list.Entries;
        var header = AdjacencyList.FirstGroup;
        for (var g = AdjacencyList.GroupCount(entries); g > 0; g--)
        {
            var count = AdjacencyList.CountAt(entries, header);
            for (var i = header + 1; i <= header + count; i++)
            {
                if (DeleteRelationship(Store.RelationshipAt(entries[i].Relationship)))
                {
                    deleted++;
                }
            }

            header = AdjacencyList.NextHeader(entries, header, count);
        }

        return deleted;
    }

    private NodeVersion WritableNode(NodeRecord node)
    {
        var head = node.Head!;
        if (head.Begin == Versions.Uncommitted && head.Statement == _statement)
        {
            return head;
        }

        var version = new NodeVersion(Versions.Uncommitted, _statement, head, false, head.Labels, head.Properties.Clone());
        _undo.Add(new UndoEntry(UndoKind.NodeHead, node, head));
        node.Head = version;
        _touchedNodes.Add(node);
        return version;
    }

    private RelationshipVersion WritableRelationship(RelationshipRecord relationship)
    {
        var head = relationship.Head!;
        if (head.Begin == Versions.Uncommitted && head.Statement == _statement)
        {
            return head;
        }

        var version = new RelationshipVersion(Versions.Uncommitted, _statement, head, false, head.Properties.Clone());
        _undo.Add(new UndoEntry(UndoKind.RelationshipHead, relationship, head));
        relationship.Head = version;
        _touchedRelationships.Add(relationship);
        return version;
    }

    private NodeVersion RequireLive(NodeRecord node)
    {
        RequireWritable();
        var head = node.Head;
        if (head is null || head.Deleted)
        {
            throw new EntityNotFoundException($"Node with id {node.Id} has been deleted in this transaction", "DeletedEntityAccess");
        }

        return head;
    }

    private RelationshipVersion RequireLive(RelationshipRecord relationship)
    {
        RequireWritable();
        var head = relationship.Head;
        if (head is null || head.Deleted)
        {
            throw new EntityNotFoundException($"Relationship with id {relationship.Id} has been deleted in this transaction", "DeletedEntityAccess");
        }

        return head;
    }

    private void IndexNodeProperty(NodeRecord node, NodeVersion version, int key, object? value)
    {
        var schema = Schema;
        if (schema.HasPropertyIndexes)
        {
            foreach (var label in version.Labels)
            {
                schema.FindIndex(label, key)?.Add(value, node.Id);
            }
        }

        if (schema.HasFullText)
        {
            foreach (var index in schema.Indexes)
            {
                if (index.FullText is { } ft && Array.IndexOf(ft.Keys, key) >= 0 && ft.Covers(version.Labels))
                {
                    foreach (var text in FullTextValues.Texts(value))
                    {
                        ft.Add(node.Id, text);
                    }
                }
            }
        }
    }
}
