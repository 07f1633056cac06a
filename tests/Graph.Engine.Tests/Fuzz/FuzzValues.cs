using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Parsing;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>Cypher literals of every type (as text, to splice into statements) and parameter values (as .NET objects).</summary>
internal static class FuzzValues
{
    /// <summary>Literal texts: integers at and past the edges, NaN and infinities, strings, lists, maps, temporals, points.</summary>
    public static readonly IReadOnlyList<string> Literals =
    [
        "0", "-1", "1", "42", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "0x7FFFFFFFFFFFFFFF", "0o777",
        "1.5", "-0.0", "1e308", "1e309", "4.9e-324", "0.0 / 0.0", "1.0 / 0.0", "-1.0 / 0.0", "NaN", "Infinity",
        "''", "'张三'", "'西青区 2021'", "'😀'", "'a\\'b'", "\"\\u4e2d\"", "'\\n'",
        "true", "false", "null", "[]", "[null]", "[[]]", "[1, 'a', 1.5, null]", "[[1, [2, [3]]]]", "range(1, 5)",
        "{}", "{a: 1}", "{a: {b: {c: []}}}", "{`中`: '文', n: null}", "{a: [1, {b: 2}]}",
        "date('2021-01-01')", "datetime('2021-03-04T05:06:07[Asia/Shanghai]')", "localdatetime()", "localtime('12:00')", "time('12:00Z')",
        "duration('P1Y2M3DT4.5S')", "duration({days: -1})", "point({x: 1, y: 2})", "point({latitude: 39, longitude: 117, height: 5})",
    ];

    /// <summary>Parameter names the statements use (the corpus adds its own).</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["$p", "$0", "$name", "$list", "$map", "$id", "$`中 文`", "$param"];

    private static readonly object?[] Scalars =
    [
        null, true, false, 0L, 1L, -1L, long.MaxValue, long.MinValue, 42, (short)7, (byte)255, 3.5f, 12.5m, 'c',
        0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, 1e308, 0.1,
        string.Empty, "张三", "西青区", "😀", "a'b\"c\\", "\0", new string('长', 2000), "Person", "name", "KNOWS",
    ];

    private static readonly Lazy<object[]> Temporals = new(() =>
    [
        CypherDate.Of(2021, 1, 1), CypherDateTime.Parse("2021-03-04T05:06:07+08:00"), CypherLocalDateTime.Parse("2021-01-01T00:00"),
        CypherLocalTime.Of(23, 59, 59, 999_999_999), CypherTime.Parse("12:00Z"), CypherDuration.Of(14, -3, 7200, 5),
        CypherPoint.Of(7203, 1.5, -2, null), CypherPoint.Wgs84(117.2, 39.1),
    ]);

    // Values a .NET caller might pass that are not Cypher values: entities and paths (detached snapshots, one of a
    // node that does not exist), unsigned and big numbers, dates and times of .NET, sets, dictionaries with other keys.
    private static readonly Lazy<object[]> Exotic = new(() =>
    {
        var empty = new Dictionary<string, object?>(StringComparer.Ordinal);
        var node = new NodeSnapshot(0, "4:embedded:0", ["Person"], empty);
        var missing = new NodeSnapshot(999, "4:embedded:999", [], empty);
        var rel = new RelationshipSnapshot(0, "5:embedded:0", "KNOWS", 0, "4:embedded:0", 1, "4:embedded:1", empty);
        return
        [
            node, missing, rel, new GraphPath([node, missing], [rel]), ulong.MaxValue, 5UL, uint.MaxValue, (sbyte)-1, (ushort)9,
            Guid.Empty, new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc), DateTimeOffset.UnixEpoch, TimeSpan.FromHours(1), new object(),
            new HashSet<long> { 1, 2 }, new Dictionary<int, string> { [1] = "a" }, new byte[] { 1, 2 }, new object?[] { null, 1L }, new[] { 1.5f },
            System.Numerics.BigInteger.Pow(2, 70), Half.MaxValue, new Uri("http://x"), DayOfWeek.Monday,
        ];
    });

    /// <summary>One value of each kind, for running a statement once per kind with every parameter bound to it.</summary>
    public static IReadOnlyList<object?> Profiles =>
    [
        null, true, long.MaxValue, double.NaN, string.Empty, "张三", new List<object?>(), new List<object?> { 1L, "a", null },
        new Dictionary<string, object?>(StringComparer.Ordinal), Map(("a", 1L), ("b", new List<object?> { Map(("c", null)) })),
        .. Temporals.Value, .. Exotic.Value,
    ];

    /// <summary>A random parameter value: a scalar, a temporal or point, a (nested) list, array or map, or now and then a .NET value that is none of those.</summary>
    public static object? Parameter(Random random, int depth = 0)
    {
        if (random.Next(12) == 0)
        {
            return Exotic.Value[random.Next(Exotic.Value.Length)];
        }

        var pick = random.Next(depth > 2 ? 12 : 16);
        if (pick < 9)
        {
            return Scalars[random.Next(Scalars.Length)];
        }

        if (pick < 12)
        {
            return Temporals.Value[random.Next(Temporals.Value.Length)];
        }

        var count = random.Next(5);
        return pick switch
        {
            12 => Enumerable.Range(0, count).Select(_ => Parameter(random, depth + 1)).ToList(),
            13 => Enumerable.Range(0, count).Select(_ => (long)random.Next(-3, 100)).ToArray(),
            14 => Enumerable.Range(0, count).Select(i => Scalars[random.Next(Scalars.Length)] as string ?? $"s{i}").ToArray(),
            _ => Enumerable.Range(0, count).ToDictionary(i => i % 3 == 0 ? $"键{i}" : $"k{i}", _ => Parameter(random, depth + 1), StringComparer.Ordinal),
        };
    }

    /// <summary>Values for every parameter the statement names; now and then one is left out to provoke a missing-parameter error.</summary>
    public static Dictionary<string, object?> ParametersFor(string statement, Random random)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in ParameterNamesIn(statement))
        {
            if (random.Next(20) != 0)
            {
                values[name] = Parameter(random);
            }
        }

        return values;
    }

    /// <summary>The statement's parameter names (decoded), or none when it does not lex.</summary>
    public static IEnumerable<string> ParameterNamesIn(string statement)
    {
        try
        {
            return CypherLexer.Tokenize(new SourceMap(statement)).Where(t => t.Kind == TokenKind.Parameter).Select(t => t.Name).Distinct(StringComparer.Ordinal).ToList();
        }
        catch (CypherSyntaxException)
        {
            return [];
        }
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
