using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Ast;
using Graph.Engine.Storage;
using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>The writes shared by CREATE, MERGE, SET, REMOVE and DELETE, with their counters.</summary>
internal static class GraphWriter
{
    public static void Create(Frame frame, CompiledPart part)
    {
        var tx = frame.Context.Transaction;
        var current = Node(frame, part.Start);
        var nodes = new List<Node> { current };
        var rels = new List<Relationship>();
        foreach (var (rel, nodePattern) in part.Steps)
        {
            var next = Node(frame, nodePattern);
            var (start, end) = rel.Direction == AstDirection.Incoming ? (next, current) : (current, next);
            var props = Properties(frame, rel.Properties);
            var record = tx.CreateRelationship(tx.Store.Types.GetOrAdd(rel.Type), start.Record, end.Record, props);
            frame.Context.Counters.RelationshipsCreated++;
            frame.Context.Counters.PropertiesSet += props.Count;
            var live = new LiveRelationship(tx, record);
            frame.Slots[rel.Slot] = live;
            rels.Add(live);
            nodes.Add(next);
            current = next;
        }

        if (part.Path is { } path)
        {
            frame.Slots[path] = new GraphPath(nodes, rels);
        }
    }

    private static LiveNode Node(Frame frame, CompiledNode node)
    {
        if (!node.IsNew)
        {
            return frame.Slots[node.Slot] switch
            {
                LiveNode n => n,
                null => throw new CypherSemanticException($"Failed to create relationship, node `{node.Text}` is missing. If you prefer to simply ignore rows where a relationship node is missing, set 'cypher.lenient_create_relationship = true' in neo4j.conf", "CreateWithMissingNode"),
                var other => throw ExpressionCompiler.TypeError("Node", other),
            };
        }

        var tx = frame.Context.Transaction;
        var labels = node.Labels.Select(tx.Store.Labels.GetOrAdd).Distinct().Order().ToArray();
        var props = Properties(frame, node.Properties);
        var record = tx.CreateNode(labels, props);
        var counters = frame.Context.Counters;
        counters.NodesCreated++;
        counters.LabelsAdded += labels.Length;
        counters.PropertiesSet += props.Count;
        var live = new LiveNode(tx, record);
        frame.Slots[node.Slot] = live;
        return live;
    }

    /// <summary>A pattern's property map evaluated into a stored map (null values dropped).</summary>
    public static PropertyMap Properties(Frame frame, Evaluator? properties)
    {
        var map = new PropertyMap([], []);
        if (properties is null)
        {
            return map;
        }

        var keys = frame.Context.Transaction.Store.Keys;
        foreach (var (key, value) in AsMap(properties(frame)))
        {
            var stored = Storable(frame, value);
            if (stored is not null)
            {
                map.SetInPlace(keys.GetOrAdd(key), stored);
            }
        }

        return map;
    }

    /// <summary>A value as stored; a list is copied, so a big one (a lazy range) is refused first when the copy would not fit the budget.</summary>
    private static object? Storable(Frame frame, object? value)
    {
        if (value is IReadOnlyList<object?> { Count: > 128 } list)
        {
            frame.Context.Reserve(ValueSize.List(list.Count));
        }

        return ValueConversion.Storable(value);
    }

    private static IReadOnlyDictionary<string, object?> AsMap(object? value) => value switch
    {
        null => new Dictionary<string, object?>(StringComparer.Ordinal),
        IReadOnlyDictionary<string, object?> map => map,
        GraphEntity entity => entity.Properties,
        _ => throw new CypherTypeException($"Type mismatch: expected a map but was {ValueTypes.TypeName(value)}", "InvalidArgumentType"),
    };

    public static void Set(Frame frame, CompiledSetItem item)
    {
        var target = item.Target(frame);
        if (target is null)
        {
            return;
        }

        var tx = frame.Context.Transaction;
        var counters = frame.Context.Counters;
        if (item.Labels is not null)
        {
            if (target is not LiveNode node)
            {
                throw ExpressionCompiler.TypeError("Node", target);
            }

            foreach (var label in item.Labels)
            {
                if (item.Remove)
                {
                    var token = tx.Store.Labels.Find(label);
                    if (token >= 0 && tx.RemoveLabel(node.Record, token))
                    {
                        counters.LabelsRemoved++;
                    }
                }
                else if (tx.AddLabel(node.Record, tx.Store.Labels.GetOrAdd(label)))
                {
                    counters.LabelsAdded++;
                }
            }

            return;
        }

        if (item.Key is not null)
        {
            var value = Storable(frame, item.Value!(frame));
            SetProperty(tx, counters, target, item.Key, value);
            return;
        }

        var source = item.Value!(frame);
        var entries = AsMap(source).ToList();
        if (item.Merge)
        {
            foreach (var (key, value) in entries)
            {
                SetProperty(tx, counters, target, key, Storable(frame, value));
            }

            return;
        }

        var replacement = new List<KeyValuePair<int, object?>>();
        foreach (var (key, value) in entries)
        {
            var stored = Storable(frame, value);
            if (stored is not null)
            {
                replacement.Add(new KeyValuePair<int, object?>(tx.Store.Keys.GetOrAdd(key), stored));
            }
        }

        switch (target)
        {
            case LiveNode n:
                counters.PropertiesSet += replacement.Count + Removed(n.Live().Properties, replacement);
                tx.ReplaceNodeProperties(n.Record, replacement);
                break;
            case LiveRelationship r:
                counters.PropertiesSet += replacement.Count + Removed(r.Live().Properties, replacement);
                tx.ReplaceRelationshipProperties(r.Record, replacement);
                break;
            default:
                throw ExpressionCompiler.TypeError("Node or Relationship", target);
        }
    }

    private static int Removed(PropertyMap current, List<KeyValuePair<int, object?>> replacement)
    {
        var removed = 0;
        for (var i = 0; i < current.Count; i++)
        {
            var key = current.KeyAt(i);
            if (!replacement.Exists(p => p.Key == key))
            {
                removed++;
            }
        }

        return removed;
    }

    private static void SetProperty(StoreTransaction tx, UpdateCounters counters, object target, string key, object? value)
    {
        var token = value is null ? tx.Store.Keys.Find(key) : tx.Store.Keys.GetOrAdd(key);
        if (token < 0)
        {
            return;
        }

        var changed = target switch
        {
            LiveNode n => tx.SetNodeProperty(n.Record, token, value),
            LiveRelationship r => tx.SetRelationshipProperty(r.Record, token, value),
            _ => throw ExpressionCompiler.TypeError("Node or Relationship", target),
        };
        if (changed)
        {
            counters.PropertiesSet++;
        }
    }

    public static void Delete(Frame frame, object? target, bool detach)
    {
        var tx = frame.Context.Transaction;
        var counters = frame.Context.Counters;
        switch (target)
        {
            case null:
                return;
            case LiveNode n:
                if (tx.DeleteNode(n.Record, detach, out var rels))
                {
                    counters.NodesDeleted++;
                }

                counters.RelationshipsDeleted += rels;
                return;
            case LiveRelationship r:
                if (tx.DeleteRelationship(r.Record))
                {
                    counters.RelationshipsDeleted++;
                }

                return;
            case GraphPath p:
                foreach (var rel in p.Relationships)
                {
                    Delete(frame, rel, detach);
                }

                foreach (var node in p.Nodes)
                {
                    Delete(frame, node, detach);
                }

                return;
            case System.Collections.IEnumerable list and not string:
                foreach (var item in list)
                {
                    Delete(frame, item, detach);
                }

                return;
            default:
                throw new CypherTypeException($"Type mismatch: expected Node, Relationship or Path but was {ValueTypes.TypeName(target)}", "InvalidArgumentType");
        }
    }
}
