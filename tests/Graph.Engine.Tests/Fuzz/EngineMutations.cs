using System.Text;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// Statements for the engine fuzz test: the parser's mutations over a larger vocabulary (literals of every type,
/// parameters, functions, the fuzz graph's names), literal replacement, clause shuffles, deep nesting and long
/// chains (to find recursion that could overflow the stack), random token soup, the corpus statements as they are, and
/// <see cref="GeneratedStatements"/>.
/// </summary>
internal static class EngineMutations
{
    private static readonly string[] ClauseWords =
        ["MATCH", "OPTIONAL", "WITH", "RETURN", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH", "WHERE", "ORDER", "SKIP", "LIMIT", "CALL", "UNION", "FOREACH", "YIELD"];

    private static readonly string[] Words =
    [
        "size", "head", "last", "tail", "keys", "properties", "labels", "type", "id", "elementId", "nodes", "relationships", "length",
        "startNode", "endNode", "toInteger", "toFloat", "toString", "toBoolean", "substring", "split", "replace", "left", "right", "trim",
        "abs", "sqrt", "round", "sign", "log", "exp", "rand()", "coalesce", "reverse", "range", "collect", "sum", "avg", "min", "max",
        "percentileCont", "percentileDisc", "stDev", "exists", "isEmpty", "all", "none", "single", "date", "datetime", "duration",
        "duration.between", "point", "point.distance", "valueType", "normalize", "db.labels()", "db.propertyKeys()", "allShortestPaths",
        "a", "b", "c", "d", "e", "f", "A", "B", "C", "X", "人物", "KNOWS", "LIKES", "T", "REL", "Unique", "Typed", "age", "tags", "born",
        "seen", "big", "nan", "nums", "empty", "where", "words", "since", "note", "num", "value", "id", "n.age", "n.tags", "r.since",
        "n:Person", "(m:Unique {id: 3})", "-[:KNOWS*]-", "-[*0..]->", "<-[r:LIKES|KNOWS*2]-", "*", "IS NOT NULL", "IS ::", "INTEGER",
    ];

    private static readonly (string Open, string Close)[] Wrappers =
    [
        ("[", "]"), ("(", ")"), ("{a: ", "}"), ("-", string.Empty), ("NOT ", string.Empty), ("size(", ")"), ("[x IN [", "] | x]"),
        ("CASE WHEN true THEN ", " END"), ("reduce(s = 0, x IN [1] | s + ", ")"), ("coalesce(", ")"), ("head([", "])"),
        ("toString(", ")"), ("EXISTS { MATCH (n) WHERE ", " }"), ("COUNT { MATCH (n) WHERE n.age > ", " }"), ("[", "][0]"),
        ("{a: ", "}.a"), ("$map[", "]"), ("CASE ", " WHEN 1 THEN 2 END"), ("any(x IN [", "] WHERE x)"), ("1 + (", ")"),
    ];

    /// <summary>Everything the token mutations insert: the parser's vocabulary, literals, parameters and the words above.</summary>
    public static readonly IReadOnlyList<string> Vocabulary =
        [.. CypherMutations.Vocabulary, .. FuzzValues.Literals, .. FuzzValues.ParameterNames, .. Words];

    /// <summary>One fuzz statement and the setup statements (unmutated) to run before it.</summary>
    public static (string Statement, IReadOnlyList<string> Setup) Next(Random random, IReadOnlyList<FuzzSeed> seeds)
    {
        var seed = seeds[random.Next(seeds.Count)];
        return random.Next(20) switch
        {
            0 or 1 => (CypherMutations.TokenSoup(random, Vocabulary), []),
            2 => (CypherMutations.MutateCharacters(random, seed.Text), seed.Setup),
            3 or 4 or 5 or 6 => (CypherMutations.MutateTokens(random, seed.Text, Vocabulary), seed.Setup),
            7 or 8 => (ReplaceLiterals(random, seed.Text), seed.Setup),
            9 or 10 => (ShuffleClauses(random, seed.Text), seed.Setup),
            11 => (Nested(random), []),
            12 => (Chain(random), []),
            16 or 17 or 18 or 19 => (GeneratedStatements.Next(random), []),
            _ => (seed.Text, seed.Setup),
        };
    }

    /// <summary>Replaces some literals and parameters with literals of other types or with parameters.</summary>
    public static string ReplaceLiterals(Random random, string statement)
    {
        if (CypherMutations.Tokens(statement) is not { } tokens)
        {
            return statement;
        }

        var replaced = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsLiteral(tokens[i]) && (random.Next(3) == 0 || (!replaced && i == tokens.Count - 1)))
            {
                tokens[i] = random.Next(4) == 0
                    ? FuzzValues.ParameterNames[random.Next(FuzzValues.ParameterNames.Count)]
                    : FuzzValues.Literals[random.Next(FuzzValues.Literals.Count)];
                replaced = true;
            }
        }

        return string.Join(' ', tokens);
    }

    /// <summary>Swaps, duplicates, drops or moves whole top-level clauses.</summary>
    public static string ShuffleClauses(Random random, string statement)
    {
        if (CypherMutations.Tokens(statement) is not { } tokens)
        {
            return statement;
        }

        var clauses = SplitClauses(tokens);
        if (clauses.Count < 2)
        {
            return statement;
        }

        var a = random.Next(clauses.Count);
        var b = random.Next(clauses.Count);
        switch (random.Next(4))
        {
            case 0:
                (clauses[a], clauses[b]) = (clauses[b], clauses[a]);
                break;
            case 1:
                clauses.Insert(b, clauses[a]);
                break;
            case 2:
                clauses.RemoveAt(a);
                break;
            default:
                var moved = clauses[a];
                clauses.RemoveAt(a);
                clauses.Add(moved);
                break;
        }

        return string.Join(' ', clauses.Select(c => string.Join(' ', c)));
    }

    /// <summary>An expression nested 1 to 259 levels deep (the parser refuses more than 200), each level a random wrapper.</summary>
    public static string Nested(Random random)
    {
        var depth = random.Next(4) == 0 ? random.Next(150, 260) : random.Next(1, 60);
        var same = random.Next(2) == 0 ? random.Next(Wrappers.Length) : -1;
        var open = new StringBuilder();
        var close = new Stack<string>();
        for (var i = 0; i < depth; i++)
        {
            var (o, c) = Wrappers[same < 0 ? random.Next(Wrappers.Length) : same];
            open.Append(o);
            close.Push(c);
        }

        var core = FuzzValues.Literals[random.Next(FuzzValues.Literals.Count)];
        var prefix = random.Next(3) == 0 ? "MATCH (n) WITH n, {a: 1} AS m " : string.Empty;
        return $"{prefix}RETURN {open}{core}{string.Concat(close)} AS v";
    }

    /// <summary>A long flat chain: binary operators, property and index access, clauses, subqueries, unions or patterns.</summary>
    public static string Chain(Random random)
    {
        var n = random.Next(4) == 0 ? random.Next(200, 3000) : random.Next(2, 200);
        string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));
        string Join(string separator, string item) => string.Join(separator, Enumerable.Repeat(item, n));
        return random.Next(12) switch
        {
            0 => $"RETURN {Join(" + ", "1")} AS v",
            1 => $"RETURN {Join(" AND ", "true")} AS v",
            2 => $"WITH {{a: 1}} AS m RETURN m{Repeat(".a", n)} AS v",
            3 => $"RETURN [1]{Repeat("[0]", n)} AS v",
            4 => $"{Repeat("WITH 1 AS x ", n)}RETURN x",
            5 => $"{Repeat("CALL { ", Math.Min(n, 250))}RETURN 1 AS x{Repeat(" }", Math.Min(n, 250))} RETURN x",
            6 => Join(" UNION ", "RETURN 1 AS x"),
            7 => $"MATCH (a){Repeat("-->()", Math.Min(n, 40))} RETURN count(*) AS v",
            8 => $"RETURN {Join(" + ", "'中'")} AS v",
            9 => $"RETURN {Join(" < ", "1")} AS v",
            10 => $"RETURN {Repeat("NOT ", n)}true AS v",
            _ => $"RETURN {Repeat("-", n)}1 AS v",
        };
    }

    private static bool IsLiteral(string token) =>
        token.Length > 0 && (char.IsAsciiDigit(token[0]) || token[0] is '\'' or '"' or '$' || token is "true" or "false" or "null" or "TRUE" or "FALSE" or "NULL");

    private static List<List<string>> SplitClauses(List<string> tokens)
    {
        var clauses = new List<List<string>> { new() };
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = i > 0 ? tokens[i - 1].ToUpperInvariant() : string.Empty;
            var startsClause = depth == 0 && ClauseWords.Contains(token.ToUpperInvariant(), StringComparer.Ordinal)
                && previous is not ("OPTIONAL" or "DETACH" or "ON" or "ORDER" or "UNION");
            if (startsClause && clauses[^1].Count > 0)
            {
                clauses.Add([]);
            }

            clauses[^1].Add(token);
            depth += token switch
            {
                "(" or "[" or "{" => 1,
                ")" or "]" or "}" => -1,
                _ => 0,
            };
        }

        return clauses;
    }
}
