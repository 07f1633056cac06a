using Graph.Engine.Ast;
using Graph.Engine.Functions;

namespace Graph.Engine.Semantics;

/// <summary>Function calls: aggregates, scalar functions, and argument types known at compile time.</summary>
internal sealed partial class Binder
{
    // Argument kinds each function refuses at compile time (the TCK expects these as syntax errors).
    private static readonly Dictionary<string, ValueKind[]> RefusedFirstArgument = new(StringComparer.OrdinalIgnoreCase)
    {
        ["labels"] = [ValueKind.Path, ValueKind.Relationship, ValueKind.Integer, ValueKind.Float, ValueKind.String, ValueKind.Boolean, ValueKind.List, ValueKind.Map],
        ["type"] = [ValueKind.Node, ValueKind.Path, ValueKind.Integer, ValueKind.Float, ValueKind.String, ValueKind.Boolean, ValueKind.List, ValueKind.Map],
        ["length"] = [ValueKind.Node, ValueKind.Relationship, ValueKind.Integer, ValueKind.Float, ValueKind.Boolean, ValueKind.Map],
        ["size"] = [ValueKind.Path, ValueKind.Node, ValueKind.Relationship, ValueKind.Integer, ValueKind.Float, ValueKind.Boolean, ValueKind.Map],
        ["properties"] = [ValueKind.Integer, ValueKind.Float, ValueKind.String, ValueKind.Boolean, ValueKind.List, ValueKind.Path],
        ["nodes"] = [ValueKind.Node, ValueKind.Relationship, ValueKind.Integer, ValueKind.Float, ValueKind.String, ValueKind.Boolean, ValueKind.Map],
        ["relationships"] = [ValueKind.Node, ValueKind.Relationship, ValueKind.Integer, ValueKind.Float, ValueKind.String, ValueKind.Boolean, ValueKind.Map],
    };

    private BoundExpression BindFunction(AstFunctionCall f, Scope scope, ExpressionContext ctx)
    {
        if (string.Equals(f.Name, "exists", StringComparison.OrdinalIgnoreCase) && f.Arguments.Count == 1)
        {
            var arg = f.Arguments[0];
            if (arg is AstPatternExpression pattern)
            {
                return BindPatternExpression(pattern, scope, ctx with { Predicate = true });
            }

            if (arg is AstProperty or AstIndex)
            {
                // Removed in Neo4j 5, which answers with this syntax error rather than the old meaning.
                throw SemanticErrors.Syntax(
                    f.Position,
                    "InvalidArgumentType",
                    "The property existence syntax `... exists(variable.property)` is no longer supported. Please use `variable.property IS NOT NULL` instead.");
            }
        }

        if (FunctionRegistry.IsAggregate(f.Name))
        {
            return BindAggregate(f, scope, ctx);
        }

        if (!FunctionRegistry.TryGetScalar(f.Name, out var definition))
        {
            throw SemanticErrors.UnknownFunction(f.Position, f.Name);
        }

        if (f.Arguments.Count < definition.MinArguments || f.Arguments.Count > definition.MaxArguments)
        {
            throw SemanticErrors.InvalidNumberOfArguments(f.Position, f.Name);
        }

        if (f.Distinct)
        {
            throw SemanticErrors.Syntax(f.Position, "InvalidArgumentType", $"Invalid use of DISTINCT with function '{f.Name}'");
        }

        var args = f.Arguments.Select(a => BindExpression(a, scope, ctx.AsValue())).ToList();
        if (args.Count > 0 && RefusedFirstArgument.TryGetValue(definition.Name, out var refused))
        {
            var kind = KindOf(args[0]);
            if (Array.IndexOf(refused, kind) >= 0)
            {
                throw SemanticErrors.InvalidArgumentType(f.Arguments[0].Position, $"Type mismatch: {definition.Name}() does not accept {SemanticErrors.TypeName(kind)}");
            }
        }

        return new BoundFunction(definition, args);
    }

    private BoundAggregate BindAggregate(AstFunctionCall f, Scope scope, ExpressionContext ctx)
    {
        if (!ctx.AllowAggregates)
        {
            throw SemanticErrors.InvalidAggregation(f.Position, ctx.Clause);
        }

        if (ctx.InAggregate)
        {
            throw SemanticErrors.NestedAggregation(f.Position);
        }

        FunctionRegistry.TryGetAggregate(f.Name, out var definition);
        if (f.Arguments.Count < definition.MinArguments || f.Arguments.Count > definition.MaxArguments)
        {
            throw SemanticErrors.InvalidNumberOfArguments(f.Position, f.Name);
        }

        var inner = ctx with { InAggregate = true, Predicate = false };
        var args = f.Arguments.Select(a => BindExpression(a, scope, inner)).ToList();
        foreach (var arg in args)
        {
            if (BoundWalker.Any(arg, x => x is BoundFunction { Function.IsDeterministic: false }))
            {
                throw SemanticErrors.NonConstantExpression(f.Position, "an aggregate (a non-deterministic function such as rand())");
            }
        }

        // Later arguments (percentileCont's percentile, …) are read once per group, from its first row.
        return new BoundAggregate(definition, f.Distinct, args);
    }
}
