using System.Collections;
using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Execution;

/// <summary>Values crossing the engine's edges: parameters in, property values into storage, entities out (see <see cref="ResultRows"/>).</summary>
internal static class ValueConversion
{
    /// <summary>
    /// A caller's parameter as a Cypher value: ints widen to long, floats to double, collections to lists and maps. Byte
    /// arrays (the Query API's Base64) are refused: the engine has no BYTE ARRAY type, and a list of integers in its place
    /// would answer wrong.
    /// </summary>
    public static object? Parameter(object? value)
    {
        if (value is IEnumerable and not string)
        {
            ValueNesting.EnsureStack();
        }

        return ParameterValue(value);
    }

    private static object? ParameterValue(object? value) => value switch
    {
        null or bool or long or double or string or GraphEntity or GraphPath => value,
        byte[] => throw Semantics.SemanticErrors.Unsupported("byte array values (Base64 parameters)"),
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => Parameter(e.Value), StringComparer.Ordinal),
        IDictionary dictionary => dictionary.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => Parameter(dictionary[k]), StringComparer.Ordinal),
        IEnumerable list when value is not string => list.Cast<object?>().Select(Parameter).ToList(),
        _ => value,
    };

    /// <summary>
    /// Entities that came from outside the statement (detached snapshots in parameters or
    /// procedure results) as live entities of the transaction, so they can be expanded and read.
    /// An entity the transaction cannot see stays as it is.
    /// </summary>
    public static object? Attach(object? value, Storage.StoreTransaction tx) => value switch
    {
        LiveNode or LiveRelationship => value,
        Node n when tx.NodeRecord(n.Id) is { } record && tx.LiveNode(n.Id) is not null => new LiveNode(tx, record),
        Relationship r when tx.RelationshipRecord(r.Id) is { } record && tx.LiveRelationship(record) is not null => new LiveRelationship(tx, record),
        List<object?> list => AttachAll(list, tx),
        _ => value,
    };

    private static List<object?> AttachAll(List<object?> list, Storage.StoreTransaction tx)
    {
        ValueNesting.EnsureStack();
        return list.ConvertAll(x => Attach(x, tx));
    }

    /// <summary>A value to store as a property; throws for maps, entities, nested lists and lists with nulls. Null means remove.</summary>
    public static object? Storable(object? value)
    {
        switch (value)
        {
            case null or bool or long or double or string:
                return value;
            case int or short or byte:
                return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            case GraphEntity or GraphPath or IReadOnlyDictionary<string, object?>:
                throw InvalidProperty(value);
            case IEnumerable list:
                var items = new List<object?>();
                foreach (var item in list)
                {
                    if (item is null || item is IEnumerable and not string || item is GraphEntity or GraphPath or IReadOnlyDictionary<string, object?>)
                    {
                        throw InvalidProperty(value);
                    }

                    items.Add(Storable(item));
                }

                // Stored lists hold one kind of value (numbers may mix, as Neo4j coerces them).
                if (items.Count > 1)
                {
                    var kinds = items.Select(i => i is long or double ? "number" : i!.GetType().Name).Distinct().Count();
                    if (kinds > 1)
                    {
                        throw new CypherTypeException("Neo4j only supports a subset of Cypher types for storage as singleton or array properties. Collections containing mixed types can not be stored in properties.", "InvalidPropertyType");
                    }
                }

                return items.ToArray();
            default:
                return value;
        }
    }

    private static CypherTypeException InvalidProperty(object value) =>
        new($"Property values can only be of primitive types or arrays thereof. Encountered: {ValueTypes.TypeName(value)}.", "InvalidPropertyType");

    // A value leaving the engine is converted by ResultRows, which counts its size and bounds its depth; the
    // snapshots below are its entities.
    // Stored properties are scalars or flat arrays of them; arrays leave as lists.
    private static object? Property(object? value) => value is IEnumerable list and not string ? list.Cast<object?>().ToList() : value;

    internal static NodeSnapshot Snapshot(LiveNode n)
    {
        var v = n.Transaction.NodeState(n.Record);
        if (v is null)
        {
            return new NodeSnapshot(n.Id, n.ElementId, [], new Dictionary<string, object?>(StringComparer.Ordinal));
        }

        var labels = v.Labels.Select(n.Transaction.Store.Labels.Name).ToList();
        var props = PropertyMaps.ToDictionary(v.Properties, n.Transaction.Store.Keys);
        foreach (var key in props.Keys.ToList())
        {
            props[key] = Property(props[key]);
        }

        return new NodeSnapshot(n.Id, n.ElementId, labels, props);
    }

    internal static RelationshipSnapshot Snapshot(LiveRelationship r)
    {
        var v = r.Transaction.RelationshipState(r.Record);
        var props = v is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : PropertyMaps.ToDictionary(v.Properties, r.Transaction.Store.Keys);
        foreach (var key in props.Keys.ToList())
        {
            props[key] = Property(props[key]);
        }

        return new RelationshipSnapshot(r.Id, r.ElementId, r.Type, r.StartId, r.StartElementId, r.EndId, r.EndElementId, props);
    }
}
