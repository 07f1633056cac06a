using Graph.Engine.Functions;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// Statements that parse and bind but feed odd values to the engine: every registered function and aggregate with
/// random arguments (sometimes one too few or too many), every operator on every kind of operand, and write, index,
/// ordering and paging templates whose holes take literals, parameters and property reads.
/// </summary>
internal static class GeneratedStatements
{
    private static readonly string[] Operators =
        ["OR", "XOR", "AND", "=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "^", "STARTS WITH", "ENDS WITH", "CONTAINS", "=~", "IN"];

    private static readonly string[] Reads =
    [
        "n", "r", "p", "m", "n.name", "n.age", "n.tags", "n.born", "n.seen", "n.nan", "n.big", "n.where", "n.d", "n.missing", "r.since",
        "r.list", "m.t", "m.lt", "nodes(p)", "relationships(p)", "labels(n)", "properties(r)", "[n, r, p]", "{n: n, r: r}",
    ];

    private static readonly string[] TypeNames =
        ["INTEGER", "FLOAT", "STRING", "BOOLEAN", "LIST<ANY>", "LIST<INTEGER NOT NULL>", "MAP", "NODE", "PATH", "DATE", "ZONED DATETIME", "ANY", "NOTHING", "NULL"];

    private static readonly string[] MapKeys =
        ["x", "y", "z", "year", "month", "day", "hour", "timezone", "epochSeconds", "days", "crs", "srid", "latitude", "k", "`中`", "unit"];

    // '§' marks a hole for an operand.
    private static readonly string[] Templates =
    [
        "MATCH (n) WHERE id(n) = § SET n.k = § RETURN n.k",
        "MATCH (n) SET n += § RETURN count(*)",
        "MATCH (n:C) SET n = § RETURN n",
        "MATCH (n) WHERE n.name = § SET n.name = § RETURN n",
        "CREATE (n:New {k: §, j: §}) RETURN n",
        "MERGE (n:New {k: §}) ON CREATE SET n.c = § ON MATCH SET n.m = § RETURN n",
        "MATCH (n:Person) WHERE n.name = § RETURN n.name",
        "MATCH (n:Person) WHERE n.name STARTS WITH § RETURN n.name",
        "MATCH (n:Person) WHERE n.name IN § RETURN n.name",
        "MATCH (n:Person {name: §}) RETURN n",
        "MATCH (n:Unique) SET n.id = § RETURN n",
        "CREATE (:Unique {id: §})",
        "MATCH (n:Typed) SET n.age = §",
        "CREATE (:Typed {age: §})",
        "MATCH (a), (b) WHERE id(a) = § AND id(b) = § CREATE (a)-[r:R {k: §}]->(b) RETURN r",
        "MATCH (n) WHERE id(n) = § DELETE n",
        "MATCH (n) WHERE id(n) = § DETACH DELETE n RETURN count(*)",
        "MATCH ()-[r]->() WHERE id(r) = § DELETE r SET r.k = §",
        "MATCH (n) WHERE n.age > § DELETE n",
        "UNWIND § AS x CREATE (:U {v: x}) RETURN count(*)",
        "FOREACH (x IN § | CREATE (:F {v: x}))",
        "FOREACH (x IN § | MERGE (:F {v: x}))",
        "MATCH (n) WITH n ORDER BY § RETURN n.name",
        "UNWIND § AS x RETURN x ORDER BY x DESC",
        "UNWIND § AS x RETURN DISTINCT x",
        "UNWIND § AS x WITH x SKIP § LIMIT § RETURN x",
        "RETURN § AS x SKIP §",
        "MATCH (n) RETURN n LIMIT §",
        "UNWIND [§, §, §] AS x RETURN x, count(*) ORDER BY x",
        "UNWIND [§, §, §] AS x RETURN collect(DISTINCT x), min(x), max(x), sum(x), avg(x)",
        "CALL db.index.fulltext.queryNodes(§, §) YIELD node RETURN node",
        "CALL db.showIndexes(§)",
        "MATCH p = (n)-[*]->(m) RETURN nodes(p)[§], relationships(p)[§..§]",
        "MATCH (n) WHERE n[§] IS NOT NULL RETURN n[§]",
        "MATCH (n) SET n[§] = § RETURN n",
        "MATCH (n) REMOVE n[§] RETURN n",
        "WITH § AS m RETURN m {.*, k: §}",
        "MATCH (n) RETURN n {.*, .name, k: §}",
        "RETURN [x IN § WHERE x > § | x * §] AS l",
        "RETURN reduce(s = §, x IN § | s + x) AS v",
        "RETURN all(x IN § WHERE x), any(x IN § WHERE x = §), none(x IN § WHERE x), single(x IN § WHERE x IS NULL)",
        "RETURN CASE § WHEN § THEN § ELSE § END AS v",
        "RETURN § IS :: INTEGER, § IS NOT :: STRING, valueType(§)",
        "RETURN date(§), datetime(§), localtime(§), time(§), localdatetime(§), duration(§)",
        "RETURN date({year: §, month: §, day: §}), duration({days: §, hours: §}), datetime({epochSeconds: §})",
        "RETURN point({x: §, y: §}), point({latitude: §, longitude: §, crs: §}), point.distance(§, §)",
        "RETURN duration.between(§, §), duration.inMonths(§, §), date.truncate(§, §), datetime.fromEpoch(§, §)",
        "MATCH (n) WHERE n.born < § OR n.seen >= § RETURN n.born + §, n.seen - §",
        "MATCH (a)-[r:KNOWS*1..2]->(b) WHERE all(x IN r WHERE x.since > §) RETURN count(*)",
        "MATCH p = shortestPath((a:Person)-[*]-(b:C)) WHERE length(p) > § RETURN p",
        "MATCH (n) CALL (n) { RETURN n.name AS name } RETURN name, §",
        "MATCH (n) RETURN COUNT { (n)-->() WHERE § }, EXISTS { (n)-->(m) WHERE m.name = § }",
        "LOAD CSV FROM § AS line RETURN line",
    ];

    /// <summary>One generated statement (its parameters are bound by the caller).</summary>
    public static string Next(Random random) => random.Next(4) switch
    {
        0 => FunctionCall(random),
        1 => Operation(random),
        _ => Fill(random, Templates[random.Next(Templates.Length)]),
    };

    private static string FunctionCall(Random random)
    {
        if (random.Next(4) == 0)
        {
            var aggregates = FunctionRegistry.AllAggregates.ToList();
            var aggregate = aggregates[random.Next(aggregates.Count)];
            var extra = string.Concat(Enumerable.Range(1, Math.Max(0, Arity(random, aggregate.MinArguments, aggregate.MaxArguments) - 1)).Select(_ => ", " + Operand(random)));
            return random.Next(2) == 0
                ? $"UNWIND [{Operand(random)}, {Operand(random)}, {Operand(random)}] AS x RETURN {aggregate.Name}(x{extra}) AS v"
                : $"MATCH (n) OPTIONAL MATCH p = (n)-[r]->(m) RETURN {aggregate.Name}({(random.Next(3) == 0 ? "DISTINCT " : string.Empty)}{Operand(random)}{extra}) AS v";
        }

        var scalars = FunctionRegistry.AllScalars.ToList();
        var function = scalars[random.Next(scalars.Count)];
        var arguments = Enumerable.Range(0, Arity(random, function.MinArguments, function.MaxArguments)).Select(_ => Operand(random));
        var call = $"{function.Name}({string.Join(", ", arguments)})";
        return random.Next(2) == 0 ? $"RETURN {call} AS v" : $"MATCH (n) OPTIONAL MATCH p = (n)-[r]->(m) RETURN {call} AS v";
    }

    private static string Operation(Random random)
    {
        var (a, b) = (Operand(random), Operand(random));
        var expression = random.Next(8) switch
        {
            0 => $"{a}[{b}]",
            1 => $"{a}[{b}..{Operand(random)}]",
            2 => $"{a}.name",
            3 => $"{a} IS :: {TypeNames[random.Next(TypeNames.Length)]}",
            4 => $"NOT {a}",
            5 => $"-{a}",
            _ => $"{a} {Operators[random.Next(Operators.Length)]} {b}",
        };
        return random.Next(2) == 0 ? $"RETURN {expression} AS v" : $"MATCH (n) OPTIONAL MATCH p = (n)-[r]->(m) WHERE {expression} RETURN count(*) AS v";
    }

    private static string Fill(Random random, string template)
    {
        var parts = template.Split('§');
        return string.Concat(parts.Select((part, i) => i == 0 ? part : Operand(random) + part));
    }

    /// <summary>A literal, a parameter, a read of the fuzz graph, or a list or map of those.</summary>
    private static string Operand(Random random, int depth = 0) => random.Next(depth > 1 ? 10 : 12) switch
    {
        < 5 => FuzzValues.Literals[random.Next(FuzzValues.Literals.Count)],
        < 7 => FuzzValues.ParameterNames[random.Next(FuzzValues.ParameterNames.Count)],
        < 10 => Reads[random.Next(Reads.Length)],
        10 => $"[{string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => Operand(random, depth + 1)))}]",
        _ => $"{{{string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(i => $"{MapKeys[random.Next(MapKeys.Length)]}: {Operand(random, depth + 1)}"))}}}",
    };

    private static int Arity(Random random, int min, int max) => random.Next(10) switch
    {
        0 => Math.Max(0, min - 1),
        1 => Math.Min(max, min + 3) + 1,
        _ => random.Next(min, Math.Min(max, min + 3) + 1),
    };
}
