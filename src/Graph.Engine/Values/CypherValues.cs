using System.Collections;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// Classifies plain .NET objects as Cypher values and reads them leniently: any CLR integer is an INTEGER, float
/// and decimal are FLOATs, arrays of value types (<c>long[]</c> from storage) are LISTs.
/// </summary>
internal static class CypherValues
{
    public static ValueKind KindOf(object? value) => value switch
    {
        null => ValueKind.Null,
        bool => ValueKind.Boolean,
        long or int or short or sbyte or byte or ushort or uint => ValueKind.Integer,
        ulong u => u <= long.MaxValue ? ValueKind.Integer : ValueKind.Float,
        double or float or decimal => ValueKind.Float,
        string or char => ValueKind.String,
        Node => ValueKind.Node,
        Relationship => ValueKind.Relationship,
        GraphPath => ValueKind.Path,
        CypherDate => ValueKind.Date,
        CypherLocalTime => ValueKind.LocalTime,
        CypherTime => ValueKind.Time,
        CypherLocalDateTime => ValueKind.LocalDateTime,
        CypherDateTime => ValueKind.DateTime,
        CypherDuration => ValueKind.Duration,
        CypherPoint => ValueKind.Point,
        IReadOnlyDictionary<string, object?> => ValueKind.Map,
        IReadOnlyList<object?> or IList => ValueKind.List,
        _ => ValueKind.Unknown,
    };

    public static bool IsNumber(object? value) => KindOf(value) is ValueKind.Integer or ValueKind.Float;

    public static bool IsTemporal(object? value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;

    public static long AsLong(object value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        sbyte b => b,
        byte b => b,
        ushort u => u,
        uint u => u,
        ulong u => (long)u,
        _ => throw new InvalidCastException($"Not an integer: {value.GetType().Name}"),
    };

    public static double AsDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        ulong u => u,
        _ => AsLong(value),
    };

    public static string AsString(object value) => value is char c ? c.ToString() : (string)value;

    /// <summary>Reads a LIST value (including arrays of value types) as a read-only list.</summary>
    public static bool TryGetList(object? value, out IReadOnlyList<object?> list)
    {
        switch (value)
        {
            case IReadOnlyList<object?> objects:
                list = objects;
                return true;
            case string:
                list = [];
                return false;
            case IList items:
                var copy = new object?[items.Count];
                items.CopyTo(copy, 0);
                list = copy;
                return true;
            default:
                list = [];
                return false;
        }
    }

    public static bool TryGetMap(object? value, out IReadOnlyDictionary<string, object?> map)
    {
        if (value is IReadOnlyDictionary<string, object?> dictionary)
        {
            map = dictionary;
            return true;
        }

        map = EmptyMap;
        return false;
    }

    public static readonly IReadOnlyDictionary<string, object?> EmptyMap = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Compares an integer and a float exactly (no rounding of large integers); NaN is not handled here.</summary>
    public static int CompareExact(long integer, double real)
    {
        if (real >= 9.2233720368547758E18)
        {
            return -1;
        }

        if (real < -9.2233720368547758E18)
        {
            return 1;
        }

        var truncated = (long)real;
        if (integer != truncated)
        {
            return integer.CompareTo(truncated);
        }

        var fraction = real - truncated;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    /// <summary>Compares two numbers exactly; null when either is NaN (unordered).</summary>
    public static int? CompareNumbers(object a, object b)
    {
        var aKind = KindOf(a);
        var bKind = KindOf(b);
        if (aKind == ValueKind.Integer && bKind == ValueKind.Integer)
        {
            return AsLong(a).CompareTo(AsLong(b));
        }

        if (aKind == ValueKind.Integer)
        {
            var y = AsDouble(b);
            return double.IsNaN(y) ? null : CompareExact(AsLong(a), y);
        }

        var x = AsDouble(a);
        if (bKind == ValueKind.Integer)
        {
            return double.IsNaN(x) ? null : -CompareExact(AsLong(b), x);
        }

        var z = AsDouble(b);
        return double.IsNaN(x) || double.IsNaN(z) ? null : x.CompareTo(z);
    }
}
