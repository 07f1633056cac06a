using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// ORDER BY's total order over all values (Neo4j 5). Across kinds, ascending: maps, nodes, relationships, lists,
/// paths, points, zoned datetimes, local datetimes, dates, zoned times, local times, durations, strings, booleans,
/// numbers, and null last. Within a kind: numbers by value with NaN above every number, strings ordinally, false
/// before true, lists element by element (shorter first on a tie), entities by id, durations by average length.
/// </summary>
public static class ValueOrdering
{
    public static IComparer<object?> Comparer { get; } = new OrderingComparer();

    public static int Compare(object? a, object? b)
    {
        var aKind = OrderKind(a);
        var bKind = OrderKind(b);
        if (aKind != bKind)
        {
            return aKind.CompareTo(bKind);
        }

        switch (aKind)
        {
            case ValueKind.Null:
                return 0;
            case ValueKind.Float:
                return CompareNumbers(a!, b!);
            case ValueKind.String:
                return Math.Sign(string.CompareOrdinal(CypherValues.AsString(a!), CypherValues.AsString(b!)));
            case ValueKind.Boolean:
                return ((bool)a!).CompareTo((bool)b!);
            case ValueKind.List:
                return CompareLists(AsList(a), AsList(b));
            case ValueKind.Path:
                return CompareLists(ValueEquality.PathAsList((GraphPath)a!), ValueEquality.PathAsList((GraphPath)b!));
            case ValueKind.Map:
                return CompareMaps((IReadOnlyDictionary<string, object?>)a!, (IReadOnlyDictionary<string, object?>)b!);
            case ValueKind.Node:
            case ValueKind.Relationship:
                return ((GraphEntity)a!).Id.CompareTo(((GraphEntity)b!).Id);
            case ValueKind.Point:
                return ComparePoints((CypherPoint)a!, (CypherPoint)b!);
            case ValueKind.Duration:
                return CompareDurations((CypherDuration)a!, (CypherDuration)b!);
            case ValueKind.Date:
                return ((CypherDate)a!).CompareTo((CypherDate)b!);
            case ValueKind.LocalTime:
                return ((CypherLocalTime)a!).CompareTo((CypherLocalTime)b!);
            case ValueKind.Time:
                return ((CypherTime)a!).CompareTo((CypherTime)b!);
            case ValueKind.LocalDateTime:
                return ((CypherLocalDateTime)a!).CompareTo((CypherLocalDateTime)b!);
            case ValueKind.DateTime:
                return ((CypherDateTime)a!).CompareTo((CypherDateTime)b!);
            default:
                return string.CompareOrdinal(a!.GetType().FullName, b!.GetType().FullName);
        }
    }

    /// <summary>Numbers share one kind here (INTEGER and FLOAT interleave by value).</summary>
    private static ValueKind OrderKind(object? value)
    {
        var kind = CypherValues.KindOf(value);
        return kind == ValueKind.Integer ? ValueKind.Float : kind;
    }

    private static int CompareNumbers(object a, object b)
    {
        if (CypherValues.CompareNumbers(a, b) is { } order)
        {
            return Math.Sign(order);
        }

        // NaN sorts above every other number.
        var aNaN = CypherValues.KindOf(a) == ValueKind.Float && double.IsNaN(CypherValues.AsDouble(a));
        var bNaN = CypherValues.KindOf(b) == ValueKind.Float && double.IsNaN(CypherValues.AsDouble(b));
        return aNaN.CompareTo(bNaN);
    }

    private static IReadOnlyList<object?> AsList(object? value)
    {
        CypherValues.TryGetList(value, out var list);
        return list;
    }

    private static int CompareLists(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        ValueNesting.EnsureStack();
        var common = Math.Min(left.Count, right.Count);
        for (var i = 0; i < common; i++)
        {
            var order = Compare(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static int CompareMaps(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        ValueNesting.EnsureStack();
        // Maps order by their sorted keys, then by the values in key order.
        var leftKeys = left.Keys.Order(StringComparer.Ordinal).ToList();
        var rightKeys = right.Keys.Order(StringComparer.Ordinal).ToList();
        var order = CompareLists(leftKeys, rightKeys);
        if (order != 0)
        {
            return order;
        }

        foreach (var key in leftKeys)
        {
            order = Compare(left[key], right[key]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static int ComparePoints(CypherPoint a, CypherPoint b)
    {
        var order = a.Srid.CompareTo(b.Srid);
        if (order == 0)
        {
            order = a.X.CompareTo(b.X);
        }

        if (order == 0)
        {
            order = a.Y.CompareTo(b.Y);
        }

        return order != 0 ? order : Nullable.Compare(a.Z, b.Z);
    }

    private static int CompareDurations(CypherDuration a, CypherDuration b)
    {
        var order = AverageSeconds(a).CompareTo(AverageSeconds(b));
        if (order == 0)
        {
            order = a.Nanoseconds.CompareTo(b.Nanoseconds);
        }

        if (order == 0)
        {
            order = a.Months.CompareTo(b.Months);
        }

        if (order == 0)
        {
            order = a.Days.CompareTo(b.Days);
        }

        return order != 0 ? order : a.Seconds.CompareTo(b.Seconds);
    }

    private static Int128 AverageSeconds(CypherDuration d) =>
        (Int128)d.Seconds + ((Int128)d.Days * 86_400) + ((Int128)d.Months * CypherDuration.AverageSecondsPerMonth);

    private sealed class OrderingComparer : IComparer<object?>
    {
        public int Compare(object? x, object? y) => ValueOrdering.Compare(x, y);
    }
}
