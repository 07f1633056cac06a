using System.Text.Json;
using Graph.Engine.Tests.Parsing;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// The statements the engine fuzz test mutates: every query and setup query of the TCK (found as
/// <see cref="TckCorpus"/> finds it), the benchmark queries (<c>shared/bench/queries/queries.json</c>), and a few
/// statements written for the fuzz graph.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly string[] Own =
    [
        "MATCH (n:Person {name: $name})-[r:KNOWS*1..3]->(m) WHERE n.age > $p RETURN m.name, count(*) AS c ORDER BY c DESC SKIP 1 LIMIT 10",
        "MATCH (n) WHERE n.name STARTS WITH '张' OR n.tags IS NOT NULL RETURN n {.name, .*, k: size(keys(n))}, labels(n)",
        "MATCH (a)-[r]->(b) RETURN type(r), properties(r), startNode(r) = a, [x IN r.list WHERE x > 1 | x * 2] ORDER BY id(r)",
        "MATCH (n) SET n.age = n.age + 1, n.tags = coalesce(n.tags, []) + ['新'] REMOVE n.nan RETURN n.age",
        "MATCH (n:Person) DELETE n",
        "MATCH (n:X) DETACH DELETE n RETURN count(*)",
        "CREATE (:Unique {id: 3})",
        "CREATE (:Typed {age: 'not an integer'})",
        "MERGE (n:Unique {id: $id}) ON CREATE SET n.created = datetime() ON MATCH SET n.seen = n.seen + 1 RETURN n",
        "UNWIND $list AS x WITH x WHERE x IS NOT NULL RETURN x, toString(x), valueType(x)",
        "WITH $map AS m RETURN m.a, keys(m), m[$p], m {.*, extra: $list}",
        "MATCH p = shortestPath((a:Person)-[*..6]-(b:C)) RETURN [q IN nodes(p) | q.name], length(p)",
        "MATCH (n) OPTIONAL MATCH (n)-[:LIKES]->(m) RETURN n.name, collect(m.name), avg(n.age), percentileCont(n.age, 0.5)",
        "FOREACH (x IN range(1, 3) | CREATE (:Made {v: x, w: $p}))",
        "CALL (n) { MATCH (n)-->(x) RETURN x } RETURN x",
        "MATCH (n) CALL (n) { WITH n MATCH (n)-->(x) RETURN count(x) AS c } RETURN n.name, c",
        "MATCH (c:C) RETURN c.d + duration('P1D'), c.t, date(c.d), point.distance(c.where, point({x: 0, y: 0}))",
        "MATCH (d:X) RETURN d.value * 10, d.neg, 1 / d.neg, toInteger(d.value), d.words[$p]",
        "CALL db.labels() YIELD label WHERE label STARTS WITH $name RETURN label",
        "SHOW INDEXES YIELD name, type WHERE type = 'RANGE' RETURN name",
        "DROP INDEX person_name",
        "CREATE INDEX FOR (n:Made) ON (n.v)",
        "MATCH (a:A), (b:B) WHERE a <> b CREATE (a)-[r:NEW {at: localdatetime()}]->(b) RETURN r",
        "MATCH (n {name: 'f'}) SET n = $map, n += {x: $p} RETURN n",
        "MATCH (n) WITH n ORDER BY n.name DESC LIMIT 3 WITH collect(n) AS ns UNWIND ns AS n RETURN n.name",
        "MATCH (n)-[r:T]->(n) DELETE r RETURN count(r)",
        "EXPLAIN MATCH (n:Person {name: 'x'}) RETURN n",
        "PROFILE MATCH (n)-[*0..2]-(m) RETURN count(DISTINCT m)",
    ];

    private static readonly Lazy<IReadOnlyList<FuzzSeed>> SeedsLazy = new(Load);

    /// <summary>All corpus statements; TCK ones carry the setup queries that precede them in their scenario.</summary>
    public static IReadOnlyList<FuzzSeed> Seeds => SeedsLazy.Value;

    private static List<FuzzSeed> Load()
    {
        var seeds = Own.Select(text => new FuzzSeed(text, [])).ToList();
        foreach (var scenario in TckCorpus.Queries.GroupBy(q => q.Id[..q.Id.LastIndexOf("/q", StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            var setup = new List<string>();
            foreach (var query in scenario)
            {
                seeds.Add(new FuzzSeed(query.Text, [.. setup]));
                if (query.IsSetup)
                {
                    setup.Add(query.Text);
                }
            }
        }

        if (BenchQueriesPath() is { } path)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            seeds.AddRange(json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new FuzzSeed(q.GetProperty("cypher").GetString()!, [])));
        }

        return seeds;
    }

    /// <summary><c>bench/queries/queries.json</c> beside the TCK folder, else the nearest <c>shared/bench</c> above the test assembly.</summary>
    private static string? BenchQueriesPath()
    {
        if (TckCorpus.Directory is { } tck && Path.Combine(tck, "..", "bench", "queries", "queries.json") is var besideTck && File.Exists(besideTck))
        {
            return besideTck;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench", "queries", "queries.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
