using Graph.Core.Errors;
using Graph.Engine.Ast;
using Graph.Engine.Parsing;

namespace Graph.Engine.Tests.Parsing;

/// <summary>The parser, by concern: clauses, patterns, expressions, literals, schema commands, errors (partial files).</summary>
public sealed partial class CypherParserTests
{
    private static AstStatement Parse(string text) => CypherParser.Parse(text);

    private static AstQuery Query(string text) => Assert.IsType<AstQueryStatement>(Parse(text)).Query;

    private static IReadOnlyList<AstClause> Clauses(string text) => Assert.IsType<AstSingleQuery>(Query(text)).Clauses;

    private static T Clause<T>(string text, int index = 0)
        where T : AstClause => Assert.IsType<T>(Clauses(text)[index]);

    private static AstExpression Expression(string expression) =>
        Clause<AstReturn>("RETURN " + expression).Projection.Items[0].Expression;

    private static string Print(string text) => AstPrinter.Print(Parse(text));

    private static CypherSyntaxException SyntaxError(string text) => Assert.Throws<CypherSyntaxException>(() => Parse(text));

    /// <summary>Operators fully parenthesised, so tests can state grouping plainly.</summary>
    private static string Shape(AstExpression expression) => expression switch
    {
        AstBinary b => $"({Shape(b.Left)} {AstPrinter.Print(b with { Left = Placeholder, Right = Placeholder })[2..^2].Trim()} {Shape(b.Right)})",
        AstUnary { Operator: AstUnaryOperator.Not } u => $"(NOT {Shape(u.Operand)})",
        AstUnary { Operator: AstUnaryOperator.Negate } u => $"(-{Shape(u.Operand)})",
        AstUnary u => $"(+{Shape(u.Operand)})",
        AstIsNull n => $"({Shape(n.Operand)} IS {(n.Negated ? "NOT " : string.Empty)}NULL)",
        AstLabelPredicate l => $"({Shape(l.Target)}:{AstPrinter.Print(l with { Target = Placeholder })[2..]})",
        _ => AstPrinter.Print(expression),
    };

    private static readonly AstVariable Placeholder = new(default, "_");
}
