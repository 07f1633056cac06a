using System.Globalization;
using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>
/// Expression subqueries. Pattern predicates become EXISTS { MATCH … }, pattern expressions in
/// value position and pattern comprehensions become COLLECT { MATCH … RETURN … }: one mechanism
/// (a correlated query run per row) for all of them.
/// </summary>
internal sealed partial class Binder
{
    private int _hidden;

    private BoundSubquery BindPatternExpression(AstPatternExpression pe, Scope scope, ExpressionContext ctx)
    {
        // A pattern expression may only use variables bound outside it.
        foreach (var name in NamedVariables(pe.Pattern))
        {
            if (scope.Find(name) is null)
            {
                throw SemanticErrors.UndefinedVariable(pe.Position, name);
            }
        }

        if (pe.Pattern.Steps.Count == 0)
        {
            throw SemanticErrors.InvalidArgumentType(pe.Position, "Boolean", ValueKind.Node);
        }

        var at = pe.Position;
        if (ctx.Predicate)
        {
            var match = new AstMatch(at, false, new AstPattern(at, [new AstPatternPart(at, null, AstPathSelector.All, pe.Pattern)]), null);
            var query = BindQuery(new AstSingleQuery(at, [match]), scope, QueryRole.ExpressionSubquery);
            return new BoundSubquery(AstSubqueryKind.Exists, query);
        }

        var path = HiddenName();
        var part = new AstPatternPart(at, path, AstPathSelector.All, pe.Pattern);
        var collect = new AstSingleQuery(at,
        [
            new AstMatch(at, false, new AstPattern(at, [part]), null),
            Return(at, new AstVariable(at, path)),
        ]);
        return new BoundSubquery(AstSubqueryKind.Collect, BindQuery(collect, scope, QueryRole.ExpressionSubquery));
    }

    private BoundSubquery BindPatternComprehension(AstPatternComprehension pc, Scope scope)
    {
        var at = pc.Position;
        var part = new AstPatternPart(at, pc.PathVariable, AstPathSelector.All, pc.Pattern);
        var query = new AstSingleQuery(at,
        [
            new AstMatch(at, false, new AstPattern(at, [part]), pc.Where),
            Return(at, pc.Projection),
        ]);
        return new BoundSubquery(AstSubqueryKind.Collect, BindQuery(query, scope, QueryRole.ExpressionSubquery));
    }

    private BoundSubquery BindSubqueryExpression(AstSubqueryExpression sq, Scope scope)
    {
        var query = BindQuery(sq.Query, scope, QueryRole.ExpressionSubquery);
        if (sq.Kind == AstSubqueryKind.Collect && query.Columns.Count != 1)
        {
            throw SemanticErrors.Syntax(sq.Position, "InvalidClauseComposition", "A Collect Expression must end with a single return column.");
        }

        return new BoundSubquery(sq.Kind, query);
    }

    private AstReturn Return(SourcePosition at, AstExpression expression)
    {
        var name = HiddenName();
        return new AstReturn(at, new AstProjection(at, false, false, [new AstProjectionItem(at, expression, name, name)], [], null, null));
    }

    private string HiddenName() => " hidden" + (_hidden++).ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> NamedVariables(AstPatternElement element)
    {
        if (element.Start.Variable is { } start)
        {
            yield return start;
        }

        foreach (var step in element.Steps)
        {
            if (step.Relationship.Variable is { } rel)
            {
                yield return rel;
            }

            if (step.Node.Variable is { } node)
            {
                yield return node;
            }
        }
    }
}
