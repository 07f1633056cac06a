using Graph.Core.Values;
using Graph.Engine.Functions;

namespace Graph.Engine.Values;

/// <summary>
/// Estimates of the bytes values take, for the memory and response budgets. Estimates, not measurements: a boxed
/// scalar as 24 bytes, a string as two bytes per UTF-16 unit, a list or map as its slots plus a boxed scalar per element
/// (so a list's size is known without walking it). Close enough to both the managed heap and the JSON answer to stop
/// a statement whose values are orders of magnitude too big, cheap enough to compute on every value built.
/// </summary>
internal static class ValueSize
{
    public const long Scalar = 24;
    public const long Reference = 8;
    private const long ListHeader = 32;
    private const long MapEntry = 48;
    private const long StringHeader = 24;

    /// <summary>A string of <paramref name="length"/> UTF-16 units.</summary>
    public static long String(long length) => StringHeader + (2 * length);

    /// <summary>A list of <paramref name="count"/> elements, each taken as a boxed scalar.</summary>
    public static long List(long count) => ListHeader + (count * (Reference + Scalar));

    /// <summary>A map of <paramref name="count"/> entries, each taken as a key and a boxed scalar.</summary>
    public static long Map(long count) => ListHeader + (count * (MapEntry + Scalar));

    /// <summary>One value, without walking into lists and maps (their elements count as boxed scalars).</summary>
    public static long Shallow(object? value) => value switch
    {
        null or bool => Reference,
        string s => String(s.Length),
        RangeList => ListHeader,
        IReadOnlyList<object?> list => List(list.Count),
        IReadOnlyDictionary<string, object?> map => Map(map.Count),
        System.Collections.ICollection collection => List(collection.Count),
        GraphPath path => List(path.Nodes.Count + path.Relationships.Count),
        _ => Scalar,
    };

    /// <summary>What <c>a + b</c> makes when it concatenates strings or lists; 0 for anything else (small).</summary>
    public static long Concat(object? a, object? b)
    {
        if (a is string x && b is string y)
        {
            return String((long)x.Length + y.Length);
        }

        var left = a is IReadOnlyList<object?> l ? l.Count : -1;
        var right = b is IReadOnlyList<object?> r ? r.Count : -1;
        return left < 0 && right < 0 ? 0 : List((long)Math.Max(left, 1) + Math.Max(right, 1));
    }

    /// <summary>A row of <paramref name="slots"/> as a buffer keeps it.</summary>
    public static long Row(object?[] slots)
    {
        var total = ListHeader + (slots.Length * Reference);
        foreach (var value in slots)
        {
            total += Shallow(value);
        }

        return total;
    }
}
