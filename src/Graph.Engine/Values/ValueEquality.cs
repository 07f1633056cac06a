using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// Cypher's <c>=</c> (three-valued) and equivalence (two-valued, for grouping, DISTINCT and UNION).
/// </summary>
public static class ValueEquality
{
    /// <summary>The comparer for grouping keys, DISTINCT and UNION: null ≡ null, 1 ≡ 1.0, NaN ≡ NaN, lists and maps deeply.</summary>
    public static IEqualityComparer<object?> EquivalenceComparer { get; } = new Equivalence();

    /// <summary>
    /// Cypher <c>a = b</c>: null when either side is null (or when a list/map comparison meets a null that could decide
    /// it), numbers by value across INTEGER and FLOAT (NaN equals nothing), values of different types false.
    /// </summary>
    public static bool? Equal(object? a, object? b)
    {
        var aKind = CypherValues.KindOf(a);
        var bKind = CypherValues.KindOf(b);
        if (aKind == ValueKind.Null || bKind == ValueKind.Null)
        {
            return null;
        }

        if (aKind is ValueKind.Integer or ValueKind.Float && bKind is ValueKind.Integer or ValueKind.Float)
        {
            return CypherValues.CompareNumbers(a!, b!) == 0;
        }

        if (aKind == ValueKind.List && bKind == ValueKind.List)
        {
            CypherValues.TryGetList(a, out var left);
            CypherValues.TryGetList(b, out var right);
            return ListsEqual(left, right);
        }

        if (aKind == ValueKind.Path && bKind == ValueKind.List || aKind == ValueKind.List && bKind == ValueKind.Path)
        {
            // A path equals the list of its alternating nodes and relationships.
            CypherValues.TryGetList(aKind == ValueKind.List ? a : b, out var list);
            return ListsEqual(PathAsList((GraphPath)(aKind == ValueKind.Path ? a : b)!), list);
        }

        if (aKind == ValueKind.Map && bKind == ValueKind.Map)
        {
            return MapsEqual((IReadOnlyDictionary<string, object?>)a!, (IReadOnlyDictionary<string, object?>)b!);
        }

        if (aKind != bKind)
        {
            return false;
        }

        return aKind switch
        {
            ValueKind.String => string.Equals(CypherValues.AsString(a!), CypherValues.AsString(b!), StringComparison.Ordinal),
            _ => a!.Equals(b),
        };
    }

    /// <summary>Equivalence: like <see cref="Equal"/> but two-valued, with null ≡ null and NaN ≡ NaN.</summary>
    public static bool Equivalent(object? a, object? b)
    {
        var aKind = CypherValues.KindOf(a);
        var bKind = CypherValues.KindOf(b);
        if (aKind == ValueKind.Null || bKind == ValueKind.Null)
        {
            return aKind == bKind;
        }

        if (aKind is ValueKind.Integer or ValueKind.Float && bKind is ValueKind.Integer or ValueKind.Float)
        {
            var order = CypherValues.CompareNumbers(a!, b!);
            return order == 0 || (order is null && IsNaN(a!) && IsNaN(b!));
        }

        if (aKind == ValueKind.List && bKind == ValueKind.List)
        {
            ValueNesting.EnsureStack();
            CypherValues.TryGetList(a, out var left);
            CypherValues.TryGetList(b, out var right);
            if (left.Count != right.Count)
            {
                return false;
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (!Equivalent(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        if (aKind == ValueKind.Map && bKind == ValueKind.Map)
        {
            ValueNesting.EnsureStack();
            var left = (IReadOnlyDictionary<string, object?>)a!;
            var right = (IReadOnlyDictionary<string, object?>)b!;
            return left.Count == right.Count
                && left.All(entry => right.TryGetValue(entry.Key, out var other) && Equivalent(entry.Value, other));
        }

        return aKind == bKind && Equal(a, b) == true;
    }

    internal static IReadOnlyList<object?> PathAsList(GraphPath path)
    {
        var items = new object?[path.Nodes.Count + path.Relationships.Count];
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            items[2 * i] = path.Nodes[i];
            if (i < path.Relationships.Count)
            {
                items[(2 * i) + 1] = path.Relationships[i];
            }
        }

        return items;
    }

    private static bool IsNaN(object number) => CypherValues.KindOf(number) == ValueKind.Float && double.IsNaN(CypherValues.AsDouble(number));

    private static bool? ListsEqual(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        ValueNesting.EnsureStack();
        if (left.Count != right.Count)
        {
            return false;
        }

        var unknown = false;
        for (var i = 0; i < left.Count; i++)
        {
            switch (Equal(left[i], right[i]))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : true;
    }

    private static bool? MapsEqual(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        ValueNesting.EnsureStack();
        if (left.Count != right.Count || left.Keys.Any(key => !right.ContainsKey(key)))
        {
            return false;
        }

        var unknown = false;
        foreach (var (key, value) in left)
        {
            switch (Equal(value, right[key]))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : true;
    }

    private sealed class Equivalence : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => Equivalent(x, y);

        public int GetHashCode(object? obj)
        {
            switch (CypherValues.KindOf(obj))
            {
                case ValueKind.Null:
                    return 0;
                case ValueKind.Integer:
                    return ((double)CypherValues.AsLong(obj!)).GetHashCode();
                case ValueKind.Float:
                    var d = CypherValues.AsDouble(obj!);
                    return double.IsNaN(d) ? double.NaN.GetHashCode() : d.GetHashCode();
                case ValueKind.String:
                    return StringComparer.Ordinal.GetHashCode(CypherValues.AsString(obj!));
                case ValueKind.List:
                    ValueNesting.EnsureStack();
                    CypherValues.TryGetList(obj, out var list);
                    var hash = default(HashCode);
                    hash.Add(list.Count);
                    foreach (var item in list)
                    {
                        hash.Add(GetHashCode(item));
                    }

                    return hash.ToHashCode();
                case ValueKind.Map:
                    ValueNesting.EnsureStack();
                    var map = (IReadOnlyDictionary<string, object?>)obj!;
                    var sum = map.Count;
                    foreach (var (key, value) in map)
                    {
                        // Order-independent: maps equal regardless of key order.
                        sum += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), GetHashCode(value));
                    }

                    return sum;
                default:
                    return obj!.GetHashCode();
            }
        }
    }
}
