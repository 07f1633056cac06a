using Graph.Core.Errors;
using Graph.Engine.Parsing;
using Graph.Engine.Tests.Fuzz;
using Xunit.Abstractions;

namespace Graph.Engine.Tests.Parsing;

/// <summary>
/// Robustness: mutated and random statements must parse or raise <see cref="CypherSyntaxException"/>, never anything else,
/// and whatever parses must print to text that parses to the same print again. A fixed seed keeps runs reproducible;
/// <c>GRAPH_FUZZ_LONG=1</c> runs many more cases.
/// </summary>
public sealed class CypherParserFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_240_607;

    private static readonly string[] Seeds =
    [
        "MATCH (n:Person {name: 'x'})-[r:KNOWS*1..3]->(m) WHERE n.age > 3 AND (n)-->(m) RETURN n.name, count(*) AS c ORDER BY c DESC SKIP 1 LIMIT 10",
        "WITH [x IN range(1, 10) WHERE x % 2 = 0 | x * 2] AS l RETURN all(y IN l WHERE y > 0), reduce(s = 0, y IN l | s + y)",
        "MATCH (n) RETURN n {.name, .*, k: 1}, CASE n.x WHEN 1 THEN 'a' ELSE 'b' END, EXISTS { (n)-->() }",
        "MERGE (n:A {id: 1}) ON CREATE SET n.c = 1 ON MATCH SET n:Seen REMOVE n.x DETACH DELETE n",
        "CALL db.labels() YIELD label WHERE label STARTS WITH 'A' RETURN label",
        "CALL (n) { WITH n MATCH (n)-->(x) RETURN x } RETURN x",
        "CREATE CONSTRAINT c FOR (n:L) REQUIRE n.p IS UNIQUE",
        "SHOW INDEXES YIELD name WHERE name = 'x' RETURN name",
        "MATCH p = shortestPath((a)-[*..6]-(b)) RETURN [q IN nodes(p) | q.name][0..2]",
        "UNWIND $rows AS row FOREACH (x IN row.items | CREATE (:Item {v: x}))",
        "INSERT (a:A&B {x: trim(LEADING 'x' FROM $s)})\u2014[:R]\u2014\uFF1E(b) WITH a ORDER BY a.x LIMIT 1 RETURN normalize(a.x, NFKC)",
        "MATCH (n:A|B WHERE n.x IS NOT NULL)-[r:T*..2 {w: 1}]-(m:!C) WHERE n:%&D RETURN COUNT { (n)--() } AS d, [p = (n)-->() | p]",
    ];

    [Fact]
    public void Mutated_and_random_statements_parse_or_raise_syntax_errors()
    {
        var cases = Environment.GetEnvironmentVariable("GRAPH_FUZZ_LONG") == "1" ? 300_000 : 4_000;
        var random = new Random(Seed);
        var seeds = Seeds.Concat(TckCorpus.Queries.Select(q => q.Text)).ToArray();
        var (parsed, rejected) = (0, 0);
        var failures = new List<string>();
        for (var i = 0; i < cases && failures.Count < 20; i++)
        {
            var text = (i % 4) switch
            {
                0 => CypherMutations.TokenSoup(random, CypherMutations.Vocabulary),
                1 => CypherMutations.MutateCharacters(random, seeds[random.Next(seeds.Length)]),
                _ => CypherMutations.MutateTokens(random, seeds[random.Next(seeds.Length)], CypherMutations.Vocabulary),
            };

            switch (Check(text))
            {
                case null:
                    parsed++;
                    break;
                case "":
                    rejected++;
                    break;
                case var failure:
                    failures.Add(failure);
                    break;
            }
        }

        output.WriteLine($"{cases} cases: {parsed} parsed, {rejected} rejected with a syntax error");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Null when it parsed and printed stably, "" on a syntax error, else a description of the failure.</summary>
    private static string? Check(string text)
    {
        string printed;
        try
        {
            printed = AstPrinter.Print(CypherParser.Parse(text));
        }
        catch (CypherSyntaxException e)
        {
            return e.Line >= 1 && e.Column >= 1 && e.Offset >= 0 && e.Offset <= text.Length ? string.Empty : $"bad position in {e.Message}: {text}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"{e.GetType().Name}: {e.Message}\n  input: {text}\n{e.StackTrace}";
        }

        if (printed.Contains("UNSUPPORTED(", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var again = AstPrinter.Print(CypherParser.Parse(printed));
            return again == printed ? null : $"print is not stable\n  input:   {text}\n  printed: {printed}\n  again:   {again}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"printed text fails: {e.GetType().Name}: {e.Message}\n  input:   {text}\n  printed: {printed}";
        }
    }
}
