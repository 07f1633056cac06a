using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// Cypher's comparison operators <c>&lt; &gt; &lt;= &gt;=</c>. Comparable pairs: numbers with numbers (exactly, across
/// INTEGER and FLOAT), strings (ordinal, UTF-16), booleans (false &lt; true), temporals of the same type, and lists
/// lexicographically. Everything else — nulls, other type pairs, durations, points, maps, entities — is null.
/// </summary>
public static class ValueComparison
{
    /// <summary>
    /// The order of two comparable values (negative, zero, positive), or null when they are not comparable.
    /// NaN compares with no number, so it also gives null here; the boolean operators below turn that into false.
    /// </summary>
    public static int? Compare(object? a, object? b) => CompareCore(a, b) is { } order and not Unordered ? order : null;

    public static bool? LessThan(object? a, object? b) => Test(a, b, order => order < 0);

    public static bool? LessThanOrEqual(object? a, object? b) => Test(a, b, order => order <= 0);

    public static bool? GreaterThan(object? a, object? b) => Test(a, b, order => order > 0);

    public static bool? GreaterThanOrEqual(object? a, object? b) => Test(a, b, order => order >= 0);

    /// <summary>Marks number pairs involving NaN: comparable (so not null) but never ordered (so every operator is false).</summary>
    private const int Unordered = int.MinValue;

    private static bool? Test(object? a, object? b, Func<int, bool> holds) => CompareCore(a, b) switch
    {
        null => null,
        Unordered => false,
        var order => holds(order.Value),
    };

    private static int? CompareCore(object? a, object? b)
    {
        var aKind = CypherValues.KindOf(a);
        var bKind = CypherValues.KindOf(b);
        if (aKind is ValueKind.Integer or ValueKind.Float && bKind is ValueKind.Integer or ValueKind.Float)
        {
            return CypherValues.CompareNumbers(a!, b!) ?? Unordered;
        }

        if (aKind != bKind)
        {
            return null;
        }

        return aKind switch
        {
            ValueKind.String => Math.Sign(string.CompareOrdinal(CypherValues.AsString(a!), CypherValues.AsString(b!))),
            ValueKind.Boolean => ((bool)a!).CompareTo((bool)b!),
            ValueKind.Date => ((CypherDate)a!).CompareTo((CypherDate)b!),
            ValueKind.LocalTime => ((CypherLocalTime)a!).CompareTo((CypherLocalTime)b!),
            ValueKind.Time => ((CypherTime)a!).CompareTo((CypherTime)b!),
            ValueKind.LocalDateTime => ((CypherLocalDateTime)a!).CompareTo((CypherLocalDateTime)b!),
            ValueKind.DateTime => ((CypherDateTime)a!).CompareTo((CypherDateTime)b!),
            ValueKind.List => CompareLists(a, b),
            _ => null,
        };
    }

    private static int? CompareLists(object? a, object? b)
    {
        ValueNesting.EnsureStack();
        CypherValues.TryGetList(a, out var left);
        CypherValues.TryGetList(b, out var right);
        var common = Math.Min(left.Count, right.Count);
        for (var i = 0; i < common; i++)
        {
            var order = CompareCore(left[i], right[i]);
            if (order is null or Unordered)
            {
                // An element pair that cannot be ordered leaves the whole comparison unknown.
                return order;
            }

            if (order != 0)
            {
                return order;
            }
        }

        return left.Count.CompareTo(right.Count);
    }
}
