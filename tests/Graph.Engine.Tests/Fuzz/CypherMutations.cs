using System.Text;
using Graph.Core.Errors;
using Graph.Engine.Parsing;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// Makes broken and odd statements out of good ones, for the parser's and the engine's fuzz tests: token soup,
/// character edits, and token edits (delete, duplicate, swap, insert or replace with a word from a vocabulary).
/// Every method draws only from the <see cref="Random"/> it is given, so a seed reproduces a run.
/// </summary>
internal static class CypherMutations
{
    /// <summary>Keywords, names, literals, punctuation and operators the parser knows.</summary>
    public static readonly IReadOnlyList<string> Vocabulary =
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

    /// <summary>1 to 29 words of the vocabulary, mostly space-separated.</summary>
    public static string TokenSoup(Random random, IReadOnlyList<string> vocabulary)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 30);
        for (var i = 0; i < count; i++)
        {
            sb.Append(vocabulary[random.Next(vocabulary.Count)]).Append(random.Next(4) == 0 ? string.Empty : " ");
        }

        return sb.ToString();
    }

    /// <summary>One to three character deletions, insertions or duplications.</summary>
    public static string MutateCharacters(Random random, string seed)
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

    /// <summary>The statement's tokens as text, or null when it does not even lex.</summary>
    public static List<string>? Tokens(string statement)
    {
        try
        {
            return CypherLexer.Tokenize(new SourceMap(statement))
                .Where(t => t.Kind != TokenKind.EndOfInput)
                .Select(t => statement[t.Start..t.End])
                .ToList();
        }
        catch (CypherSyntaxException)
        {
            return null;
        }
    }

    /// <summary>One to three token deletions, duplications, swaps, insertions or replacements from the vocabulary.</summary>
    public static string MutateTokens(Random random, string seed, IReadOnlyList<string> vocabulary)
    {
        if (Tokens(seed) is not { } tokens)
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
                    tokens.Insert(at, vocabulary[random.Next(vocabulary.Count)]);
                    break;
                default:
                    tokens[at] = vocabulary[random.Next(vocabulary.Count)];
                    break;
            }
        }

        return string.Join(' ', tokens);
    }
}
