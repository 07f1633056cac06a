using Graph.Core.Errors;
using Graph.Engine.Parsing;
using Xunit.Abstractions;

namespace Graph.Engine.Tests.Parsing;

/// <summary>The parser against every query in the openCypher TCK.</summary>
public sealed class CypherParserTckTests(ITestOutputHelper output)
{
    /// <summary>Syntax error details that are the parser's to find; the others need scopes and types (the semantic stage).</summary>
    private static readonly HashSet<string> ParserDetails =
    [
        SyntaxErrorDetails.UnexpectedSyntax, SyntaxErrorDetails.InvalidNumberLiteral, SyntaxErrorDetails.IntegerOverflow,
        SyntaxErrorDetails.FloatingPointOverflow, SyntaxErrorDetails.InvalidUnicodeLiteral,
        SyntaxErrorDetails.InvalidUnicodeCharacter, SyntaxErrorDetails.InvalidRelationshipPattern,
    ];

    [SkippableFact]
    public void Every_TCK_query_parses_or_raises_a_syntax_error()
    {
        Skip.If(TckCorpus.Directory is null, "the openCypher TCK is not on this machine (set GRAPH_TCK_DIR)");
        var crashes = new List<string>();
        foreach (var query in TckCorpus.Queries)
        {
            try
            {
                CypherParser.Parse(query.Text);
            }
            catch (CypherSyntaxException)
            {
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                crashes.Add($"{query.Id}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.Empty(crashes);
    }

    [SkippableFact]
    public void Every_TCK_query_expected_to_succeed_parses()
    {
        Skip.If(TckCorpus.Directory is null, "the openCypher TCK is not on this machine (set GRAPH_TCK_DIR)");
        var expected = TckCorpus.Queries.Where(q => q.ExpectsSuccess).ToList();
        var failures = new List<string>();
        var unsupported = new List<string>();
        foreach (var query in expected)
        {
            try
            {
                if (AstPrinter.Print(CypherParser.Parse(query.Text)).Contains("UNSUPPORTED(", StringComparison.Ordinal))
                {
                    unsupported.Add(query.Id);
                }
            }
            catch (CypherSyntaxException e)
            {
                failures.Add($"{query.Id}: {e.Message}\n{query.Text}");
            }
        }

        output.WriteLine($"TCK queries expected to succeed that parse: {expected.Count - failures.Count}/{expected.Count}");
        output.WriteLine($"  of which hold a clause the engine does not run: {unsupported.Count} {string.Join(", ", unsupported)}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [SkippableFact]
    public void Purely_syntactic_TCK_errors_are_raised_by_the_parser_with_their_detail()
    {
        Skip.If(TckCorpus.Directory is null, "the openCypher TCK is not on this machine (set GRAPH_TCK_DIR)");
        var syntactic = TckCorpus.Queries.Where(q => q.ExpectsSyntaxError && ParserDetails.Contains(q.ErrorDetail!)).ToList();
        var allSyntax = TckCorpus.Queries.Where(q => q.ExpectsSyntaxError).ToList();
        var misses = new List<string>();
        foreach (var query in syntactic)
        {
            var error = Record.Exception(() => CypherParser.Parse(query.Text));
            if (error is not CypherSyntaxException syntax || syntax.Detail != query.ErrorDetail)
            {
                misses.Add($"{query.Id}: expected {query.ErrorDetail}, got {error?.GetType().Name ?? "no error"} {(error as GraphException)?.Detail}: {error?.Message}\n{query.Text}");
            }
        }

        var caughtAny = allSyntax.Count(q => Record.Exception(() => CypherParser.Parse(q.Text)) is CypherSyntaxException);
        output.WriteLine($"Purely syntactic TCK errors raised with the right detail: {syntactic.Count - misses.Count}/{syntactic.Count}");
        output.WriteLine($"All TCK SyntaxError scenarios rejected by the parser alone: {caughtAny}/{allSyntax.Count}");
        Assert.True(misses.Count == 0, string.Join("\n\n", misses));
    }
}
