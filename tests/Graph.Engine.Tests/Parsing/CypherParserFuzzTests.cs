using System.Text;
using Graph.Core.Errors;
using Graph.Engine.Parsing;
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

    private static readonly string[] Vocabulary =
    [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "CREATE", "MERGE", "ON", "SET", "REMOVE", "DELETE",
        "DETACH", "CALL", "YIELD", "UNION", "ALL", "DISTINCT", "ORDER", "BY", "DESC", "SKIP", "LIMIT", "AND", "OR", "XOR",
        "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END", "STARTS", "ENDS", "CONTAINS",
        "EXISTS", "COUNT", "COLLECT", "FOREACH", "INDEX", "CONSTRAINT", "FOR", "REQUIRE", "UNIQUE", "SHOW", "DROP",
        "shortestPath", "reduce", "any", "n", "m", "r", "p", "x", "name", "Person", "`a b`", "人物", "$p", "$0",
        "1", "0x1F", "-1", "1.5", ".5", "1e3", "9223372036854775807", "'s'", "\"t\\n\"", "(", ")", "[", "]", "{", "}",
        ",", ".", "..", ":", "::", ";", "|", "&", "!", "%", "=", "<>", "<", ">", "<=", ">=", "+", "+=", "-", "*", "/", "^",
        "=~", "->", "<-", "--", "*1..3", "n.name", "(n)", "(n:Person)", "-[r:KNOWS]->", "{k: 1}", "[1, 2]", "count(*)",
    ];

    private const string InsertedCharacters = "()[]{}<>-'\"`$:.,|*\\/\n0aZ中—";

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
                0 => TokenSoup(random),
                1 => MutateCharacters(random, seeds[random.Next(seeds.Length)]),
                _ => MutateTokens(random, seeds[random.Next(seeds.Length)]),
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

    private static string TokenSoup(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 30);
        for (var i = 0; i < count; i++)
        {
            sb.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(random.Next(4) == 0 ? string.Empty : " ");
        }

        return sb.ToString();
    }

    private static string MutateCharacters(Random random, string seed)
    {
        var sb = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(3))
            {
                case 0:
                    sb.Remove(at, 1);
                    break;
                case 1:
                    sb.Insert(at, InsertedCharacters[random.Next(InsertedCharacters.Length)]);
                    break;
                default:
                    sb.Insert(at, sb[at]);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string MutateTokens(Random random, string seed)
    {
        List<string> tokens;
        try
        {
            var map = new SourceMap(seed);
            tokens = CypherLexer.Tokenize(map).Where(t => t.Kind != TokenKind.EndOfInput).Select(t => seed[t.Start..t.End]).ToList();
        }
        catch (CypherSyntaxException)
        {
            return seed;
        }

        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && tokens.Count > 0; e++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(5))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, tokens[at]);
                    break;
                case 2:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
                case 3:
                    tokens.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                default:
                    tokens[at] = Vocabulary[random.Next(Vocabulary.Length)];
                    break;
            }
        }

        return string.Join(' ', tokens);
    }
}
