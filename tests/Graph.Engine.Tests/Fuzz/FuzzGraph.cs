using System.Globalization;
using System.Text;
using Graph.Core.Store;
using Graph.Core.Values;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// The small graph every fuzz case starts from (labels, types and keys the TCK and the vocabulary use; Chinese strings,
/// lists, nulls, temporals, points, a self-loop, parallel relationships, an index and two constraints), and a
/// fingerprint of a store's whole state, to show that a failed statement left no trace.
/// </summary>
internal static class FuzzGraph
{
    private static readonly string[] Setup =
    [
        "CREATE INDEX person_name FOR (n:Person) ON (n.name)",
        "CREATE CONSTRAINT unique_id FOR (n:Unique) REQUIRE n.id IS UNIQUE",
        """
        CREATE (a:Person:A:人物 {name: '张三', age: 42, score: 3.5, tags: ['甲', 'b'], born: date('1980-01-02'),
                 seen: datetime('2021-03-04T05:06:07+08:00'), id: 1, num: 1}),
               (b:Person:B {name: 'Bob', age: -1, big: 9223372036854775807, small: -9223372036854775808, nan: 0.0 / 0.0,
                 nums: [1, 2, 3], flags: [true, false], id: 2, num: 2, at: localdatetime('2021-01-01T00:00')}),
               (c:C:Unique:Typed {id: 3, name: '', age: 7, empty: [], d: duration('P1Y2M3DT4H'), t: time('12:00+01:00'),
                 where: point({x: 1.5, y: -2.0}), geo: point({latitude: 39.1, longitude: 117.2})}),
               (d:X {name: '西青区', value: 1.0E308, neg: -0.0, lt: localtime('23:59:59.999999999'), words: ['天津', '']}),
               (e),
               (f:A:B:C {name: 'f', inf: 1.0 / 0.0}),
               (a)-[:KNOWS {since: 2020, w: 1.5, name: '认识'}]->(b),
               (b)-[:KNOWS {since: 2021}]->(c),
               (b)-[:KNOWS]->(c),
               (c)-[:LIKES {note: '很好', list: [1.5, 2]}]->(a),
               (d)-[:T]->(d),
               (d)-[:REL {id: 1}]->(e),
               (e)-[:T {num: 2}]->(f),
               (f)-[:LOCATED_IN]->(a)
        """,
    ];

    /// <summary>A new in-memory store holding the fuzz graph.</summary>
    public static EmbeddedGraphStore Create()
    {
        var store = new EmbeddedGraphStore();
        foreach (var statement in Setup)
        {
            store.Run(new CypherQuery(statement));
        }

        return store;
    }

    /// <summary>Every live node and relationship with labels, type, endpoints and properties, then indexes and constraints.</summary>
    public static string Fingerprint(EmbeddedGraphStore store)
    {
        var sb = new StringBuilder();
        foreach (var row in store.Run(new CypherQuery("MATCH (n) RETURN n ORDER BY id(n)"), AccessMode.Read).Rows)
        {
            var node = (Node)row[0]!;
            sb.Append('(').Append(node.Id).Append(string.Concat(node.Labels.Order(StringComparer.Ordinal).Select(l => ":" + l)));
            AppendProperties(sb, node.Properties);
            sb.Append(")\n");
        }

        foreach (var row in store.Run(new CypherQuery("MATCH ()-[r]->() RETURN r ORDER BY id(r)"), AccessMode.Read).Rows)
        {
            var rel = (Relationship)row[0]!;
            sb.Append('[').Append(rel.Id).Append(':').Append(rel.Type).Append(' ').Append(rel.StartId).Append("->").Append(rel.EndId);
            AppendProperties(sb, rel.Properties);
            sb.Append("]\n");
        }

        foreach (var statement in (string[])["SHOW INDEXES YIELD name RETURN name ORDER BY name", "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name"])
        {
            foreach (var row in store.Run(new CypherQuery(statement), AccessMode.Read).Rows)
            {
                sb.Append(row[0]).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static void AppendProperties(StringBuilder sb, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(' ').Append(key).Append('=');
            AppendValue(sb, value);
        }
    }

    private static void AppendValue(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                sb.Append('\'').Append(s).Append('\'');
                break;
            case double d:
                sb.Append(d.ToString("R", CultureInfo.InvariantCulture)).Append('d');
                break;
            case IReadOnlyList<object?> list:
                sb.Append('[');
                foreach (var item in list)
                {
                    AppendValue(sb, item);
                    sb.Append(',');
                }

                sb.Append(']');
                break;
            default:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
