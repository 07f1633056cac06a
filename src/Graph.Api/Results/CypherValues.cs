using System.Globalization;
using Graph.Core.Values;

namespace Graph.Api.Results;

/// <summary>
/// Reads the Cypher values of a result (see <see cref="Core.Store.QueryResult"/>) into the shapes the contracts use,
/// tolerant of the two stores' concrete collection types, and turns any value into plain JSON-ready data.
/// </summary>
internal static class CypherValues
{
    private static readonly Dictionary<string, object?> EmptyMap = new(StringComparer.Ordinal);

    public static string? Text(object? value) => value as string;

    public static string TextOrEmpty(object? value) => value as string ?? string.Empty;

    public static long? Integer(object? value) => value switch
    {
        long l => l,
        int i => i,
        _ => null,
    };

    public static double? Number(object? value) => value switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };

    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? EmptyMap;

    public static IReadOnlyList<object?> List(object? value) => value as IReadOnlyList<object?> ?? [];

    public static IReadOnlyList<string> Strings(object? value) => [.. List(value).OfType<string>()];

    /// <summary>Any Cypher value as JSON-ready data: maps and lists recursively; entities as maps; temporals and points as their canonical text.</summary>
    public static object? Plain(object? value) => value switch
    {
        null or bool or long or double or string => value,
        int i => (long)i,
        float f => (double)f,
        IReadOnlyDictionary<string, object?> map => PlainMap(map),
        Node node => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["elementId"] = node.ElementId,
            ["labels"] = node.Labels,
            ["properties"] = PlainMap(node.Properties),
        },
        Relationship rel => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["elementId"] = rel.ElementId,
            ["type"] = rel.Type,
            ["startNodeElementId"] = rel.StartElementId,
            ["endNodeElementId"] = rel.EndElementId,
            ["properties"] = PlainMap(rel.Properties),
        },
        GraphPath path => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["nodes"] = path.Nodes.Select(Plain).ToList(),
            ["relationships"] = path.Relationships.Select(Plain).ToList(),
        },
        byte[] bytes => Convert.ToBase64String(bytes),
        IEnumerable<object?> list => PlainList(list),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static Dictionary<string, object?> PlainMap(IReadOnlyDictionary<string, object?> map)
    {
        ValueNesting.EnsureStack();
        var plain = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            plain[key] = Plain(item);
        }

        return plain;
    }

    private static List<object?> PlainList(IEnumerable<object?> list)
    {
        ValueNesting.EnsureStack();
        return [.. list.Select(Plain)];
    }

}
