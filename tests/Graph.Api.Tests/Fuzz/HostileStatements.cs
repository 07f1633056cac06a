using System.Text;

namespace Graph.Api.Tests.Fuzz;

/// <summary>
/// Cypher a hostile or careless user sends: work that grows without bound inside one expression (reduce, range,
/// string doubling, comprehensions), results that are huge in bytes rather than rows, values and texts nested
/// thousands deep, cartesian products and path expansions that run until the deadline, and token soup. Sizes are drawn
/// from a range wide enough to cross every limit, small enough that a limit that works answers in milliseconds.
/// </summary>
internal static class HostileStatements
{
    private static readonly Func<Random, string>[] Makers =
    [
        r => $"RETURN reduce(a = [], i IN range(1, {Size(r)}) | [a]) AS x",
        r => $"RETURN size(reduce(s = '', i IN range(1, {Size(r)}) | s + 'xxxxxxxxxx')) AS n",
        r => $"RETURN range(1, {Size(r)}) AS l",
        r => $"RETURN size(range(1, {Size(r)})) AS n",
        r => $"WITH reduce(s = 'x', i IN range(1, {r.Next(1, 40)}) | s + s) AS s UNWIND range(1, {r.Next(1, 200)}) AS i RETURN s",
        r => $"UNWIND range(1, {Size(r)}) AS i RETURN range(1, {r.Next(1, 5000)}) AS l",
        r => $"UNWIND range(1, {Size(r)}) AS i WITH collect(i) AS l RETURN size(l) AS n",
        r => $"UNWIND range(1, {Size(r)}) AS i RETURN i ORDER BY i DESC LIMIT 3",
        r => $"UNWIND range(1, {Size(r)}) AS i RETURN DISTINCT i % 7 AS k, count(*) AS c",
        r => $"RETURN [x IN range(1, {Size(r)}) | toString(x)] AS l",
        r => $"RETURN size([x IN range(1, {Size(r)}) WHERE x % 3 = 0 | [x, x]]) AS n",
        r => $"RETURN toString(range(1, {Size(r)})) AS s",
        r => $"UNWIND range(1, {r.Next(1, 2000)}) AS a UNWIND range(1, {r.Next(1, 2000)}) AS b RETURN count(*) AS n",
        r => "MATCH (a), (b), (c), (d) RETURN count(*) AS n",
        r => $"MATCH p = ()-[*0..{r.Next(1, 12)}]-() RETURN count(p) AS n",
        r => "MATCH (a), (b) WITH a, b LIMIT 50 MATCH p = shortestPath((a)-[*]-(b)) RETURN count(p) AS n",
        r => $"RETURN {Nest(r, "[", "]", "1")} AS x",
        r => $"RETURN {Nest(r, "(", ")", "1")} AS x",
        r => $"RETURN {Nest(r, "{a: ", "}", "1")} AS x",
        r => $"RETURN {Chain(r, " + ", "1")} AS x",
        r => $"RETURN {Chain(r, " AND ", "true")} AS x",
        r => $"RETURN '{new string('字', r.Next(1, 300_000))}' AS s",
        r => string.Concat(Enumerable.Repeat("WITH 1 AS x ", r.Next(1, 3000))) + "RETURN x",
        r => "MATCH " + string.Join(", ", Enumerable.Range(0, r.Next(1, 60)).Select(i => $"(n{i})")) + " RETURN count(*) AS n",
        r => $"CALL db.index.fulltext.queryNodes('entity_names', '{new string('*', r.Next(1, 50))}') YIELD node RETURN count(node) AS n",
        r => $"WITH reduce(a = [], i IN range(1, {Size(r)}) | [a]) AS x RETURN x = x AS same, size(toString(x)) AS n",
        r => $"WITH reduce(m = {{}}, i IN range(1, {Size(r)}) | {{m: m}}) AS m RETURN m",
        r => $"UNWIND [reduce(a = [], i IN range(1, {Size(r)}) | [a]), [1]] AS x RETURN DISTINCT x",
        r => $"CREATE (n:Fuzz {{p: reduce(a = [], i IN range(1, {Size(r)}) | a + [i])}}) RETURN id(n) AS id",
        r => TokenSoup(r),
    ];

    public static int Kinds => Makers.Length;

    public static string Next(Random random) => Makers[random.Next(Makers.Length)](random);

    /// <summary>A count from 1 to a million, log-uniform: most small, some far past every limit.</summary>
    private static int Size(Random random) => (int)Math.Pow(10, random.NextDouble() * 6);

    private static string Nest(Random random, string open, string close, string inner)
    {
        var depth = Size(random) / 10 + 1;
        var text = new StringBuilder();
        text.Insert(0, open, depth).Append(inner).Append(new StringBuilder().Insert(0, close, depth));
        return text.ToString();
    }

    private static string Chain(Random random, string separator, string term) =>
        string.Join(separator, Enumerable.Repeat(term, Size(random) / 10 + 1));

    private static readonly string[] Tokens =
    [
        "MATCH", "RETURN", "WITH", "UNWIND", "CALL", "{", "}", "(", ")", "[", "]", "-->", "<--", "-[", "]-", "*", ":", ",",
        "reduce(", "range(", "collect(", "|", "IN", "AS", "x", "n", "$p", "1", "1e308", "-9223372036854775808", "'", "\"",
        "\\u", "/*", "*/", "//", "`", "EXISTS", "COUNT", "CASE", "WHEN", "THEN", "END", "OPTIONAL", "MERGE", "CREATE",
        "DELETE", "SET", "=", "+", "ORDER BY", "LIMIT", "SKIP", "UNION", "中芯国际", "\u0000", "\uFEFF", "\uD800",
    ];

    private static string TokenSoup(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => Tokens[random.Next(Tokens.Length)]));
}
