using Graph.Core.Errors;
using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>Expressions: variable resolution, function lookup, and the type faults visible at compile time.</summary>
internal sealed partial class Binder
{
    private BoundExpression BindPredicate(AstExpression e, Scope scope, string clause)
    {
        var bound = BindExpression(e, scope, new ExpressionContext(clause, false, false, true));
        RequireBoolean(e.Position, bound);
        return bound;
    }

    /// <summary>
    /// How deep one expression may nest, counting each operator of a flat chain (<c>1 + 1 + …</c> is as deep as it is
    /// long). The stack check alone is not enough on the service's 64 MB worker stacks: binding, planning and compiling
    /// a chain cost time quadratic in its depth (16,000 terms: 2.4 s, 75,000: past 30 s, all before the statement's
    /// deadline starts to count), so a fixed bound refuses such a statement in milliseconds on any thread. 1,000 is
    /// far past what a person or a generator writes (an OR of a thousand terms is an IN list).
    /// </summary>
    private const int MaxExpressionDepth = 1_000;

    private int _expressionDepth;

    private BoundExpression BindExpression(AstExpression e, Scope scope, ExpressionContext ctx)
    {
        _expressionDepth++;
        try
        {
            if (_expressionDepth > MaxExpressionDepth)
            {
                throw new CypherSemanticException(
                    $"The statement is too complex to run: an expression nests or chains more than {MaxExpressionDepth} operations (each operator of 1 + 1 + … counts); write long alternatives as an IN list.");
            }

            return BindExpressionAtDepth(e, scope, ctx);
        }
        finally
        {
            _expressionDepth--;
        }
    }

    private BoundExpression BindExpressionAtDepth(AstExpression e, Scope scope, ExpressionContext ctx)
    {
        // The parser takes flat chains of any length (1 + 1 + …), which are as deep as they are long.
        StackGuard.Ensure();
        switch (e)
        {
            case AstLiteral l:
                return new BoundLiteral(l.Value);
            case AstParameter p:
                return new BoundParameter(p.Name);
            case AstVariable v:
                return new BoundVariable(scope.Find(v.Name) ?? throw SemanticErrors.UndefinedVariable(v.Position, v.Name));
            case AstProperty p:
                {
                    var target = BindExpression(p.Target, scope, ctx.AsValue());
                    var kind = KindOf(target);
                    if (kind == ValueKind.Path)
                    {
                        throw SemanticErrors.InvalidArgumentType(p.Position, "Map, Node, Relationship, Point, Duration, Date, Time, LocalTime, LocalDateTime or DateTime", kind);
                    }

                    if (kind is ValueKind.Integer or ValueKind.Float or ValueKind.Boolean or ValueKind.String or ValueKind.List)
                    {
                        throw new CypherTypeException(
                            $"Type mismatch: expected Map, Node, Relationship, Point, Duration, Date, Time, LocalTime, LocalDateTime or DateTime but was {SemanticErrors.TypeName(kind)}",
                            "InvalidArgumentType");
                    }

                    return new BoundProperty(target, p.Key);
                }

            case AstIndex i:
                return new BoundIndex(BindExpression(i.Target, scope, ctx.AsValue()), BindExpression(i.Index, scope, ctx.AsValue()));
            case AstSlice s:
                return new BoundSlice(
                    BindExpression(s.Target, scope, ctx.AsValue()),
                    s.From is null ? null : BindExpression(s.From, scope, ctx.AsValue()),
                    s.To is null ? null : BindExpression(s.To, scope, ctx.AsValue()));
            case AstBinary b:
                return BindBinary(b, scope, ctx);
            case AstUnary u:
                {
                    var operand = BindExpression(u.Operand, scope, u.Operator == AstUnaryOperator.Not ? ctx with { Predicate = true } : ctx.AsValue());
                    if (u.Operator == AstUnaryOperator.Not)
                    {
                        RequireBoolean(u.Operand.Position, operand);
                    }
                    else
                    {
                        RequireNumeric(u.Operand.Position, operand);
                    }

                    return new BoundUnary(u.Operator, operand);
                }

            case AstIsNull n:
                return new BoundIsNull(BindExpression(n.Operand, scope, ctx.AsValue()), n.Negated);
            case AstCountStar c:
                return BindCountStar(c, ctx);
            case AstFunctionCall f:
                return BindFunction(f, scope, ctx);
            case AstCase c:
                return new BoundCase(
                    c.Subject is null ? null : BindExpression(c.Subject, scope, ctx.AsValue()),
                    c.Alternatives.Select(a => new BoundCaseAlternative(
                        BindExpression(a.When, scope, c.Subject is null ? ctx with { Predicate = true } : ctx.AsValue()),
                        BindExpression(a.Then, scope, ctx.AsValue()))).ToList(),
                    c.Else is null ? null : BindExpression(c.Else, scope, ctx.AsValue()));
            case AstListLiteral l:
                return new BoundList(l.Items.Select(i => BindExpression(i, scope, ctx.AsValue())).ToList());
            case AstMapLiteral m:
                return new BoundMap(m.Entries.Select(en => KeyValuePair.Create(en.Key, BindExpression(en.Value, scope, ctx.AsValue()))).ToList());
            case AstMapProjection mp:
                return BindMapProjection(mp, scope, ctx);
            case AstListComprehension lc:
                {
                    var list = BindExpression(lc.List, scope, ctx.AsValue());
                    var variable = _slots.New(lc.Variable, ElementKind(list));
                    var inner = scope.With(variable);
                    var local = ctx with { AllowAggregates = false, Predicate = false };
                    return new BoundListComprehension(
                        variable,
                        list,
                        lc.Where is null ? null : BindExpression(lc.Where, inner, local with { Predicate = true }),
                        lc.Projection is null ? null : BindExpression(lc.Projection, inner, local));
                }

            case AstQuantifier q:
                {
                    var list = BindExpression(q.List, scope, ctx.AsValue());
                    var variable = _slots.New(q.Variable, ElementKind(list));
                    var inner = scope.With(variable);
                    var where = q.Where is null ? null : BindExpression(q.Where, inner, ctx with { AllowAggregates = false, Predicate = true });
                    return new BoundQuantifier(q.Kind, variable, list, where);
                }

            case AstReduce r:
                {
                    var initial = BindExpression(r.Initial, scope, ctx.AsValue());
                    var list = BindExpression(r.List, scope, ctx.AsValue());
                    var accumulator = _slots.New(r.Accumulator, ValueKind.Any);
                    var variable = _slots.New(r.Variable, ElementKind(list));
                    var inner = scope.With(accumulator).With(variable);
                    return new BoundReduce(accumulator, initial, variable, list, BindExpression(r.Expression, inner, ctx with { AllowAggregates = false, Predicate = false }));
                }

            case AstLabelPredicate lp:
                return new BoundLabelCheck(BindExpression(lp.Target, scope, ctx.AsValue()), lp.Labels);
            case AstPatternExpression pe:
                return BindPatternExpression(pe, scope, ctx);
            case AstPatternComprehension pc:
                return BindPatternComprehension(pc, scope);
            case AstSubqueryExpression sq:
                return BindSubqueryExpression(sq, scope);
            case AstShortestPathExpression:
                throw SemanticErrors.Unsupported("shortestPath() used as an expression (use it in MATCH)");
            default:
                throw SemanticErrors.Unsupported($"the expression {e.GetType().Name}");
        }
    }

    private BoundBinary BindBinary(AstBinary b, Scope scope, ExpressionContext ctx)
    {
        var logical = b.Operator is AstBinaryOperator.And or AstBinaryOperator.Or or AstBinaryOperator.Xor;
        var operandContext = logical ? ctx with { Predicate = true } : ctx.AsValue();
        var left = BindExpression(b.Left, scope, operandContext);
        var right = BindExpression(b.Right, scope, operandContext);
        if (logical)
        {
            RequireBoolean(b.Left.Position, left);
            RequireBoolean(b.Right.Position, right);
        }
        else if (b.Operator == AstBinaryOperator.In)
        {
            var kind = KindOf(right);
            if (kind is ValueKind.Boolean or ValueKind.Integer or ValueKind.Float or ValueKind.String or ValueKind.Map)
            {
                throw SemanticErrors.InvalidArgumentType(b.Right.Position, "List<T>", kind);
            }
        }
        else if (b.Operator is AstBinaryOperator.Subtract or AstBinaryOperator.Multiply or AstBinaryOperator.Divide
                 or AstBinaryOperator.Modulo or AstBinaryOperator.Power)
        {
            RequireNumeric(b.Left.Position, left);
            RequireNumeric(b.Right.Position, right);
        }

        return new BoundBinary(b.Operator, left, right);
    }

    private static void RequireBoolean(SourcePosition at, BoundExpression e)
    {
        var kind = KindOf(e);
        if (kind is not (ValueKind.Any or ValueKind.Boolean or ValueKind.Null))
        {
            throw SemanticErrors.InvalidArgumentType(at, "Boolean", kind);
        }
    }

    private static void RequireNumeric(SourcePosition at, BoundExpression e)
    {
        var kind = KindOf(e);
        if (kind is ValueKind.Boolean or ValueKind.String or ValueKind.Map or ValueKind.Node or ValueKind.Relationship or ValueKind.Path or ValueKind.List)
        {
            throw SemanticErrors.InvalidArgumentType(at, "Float or Integer", kind);
        }
    }

    private static BoundAggregate BindCountStar(AstCountStar c, ExpressionContext ctx)
    {
        if (!ctx.AllowAggregates)
        {
            throw SemanticErrors.InvalidAggregation(c.Position, ctx.Clause);
        }

        if (ctx.InAggregate)
        {
            throw SemanticErrors.NestedAggregation(c.Position);
        }

        return new BoundAggregate(null, false, []);
    }

    private BoundMapProjection BindMapProjection(AstMapProjection mp, Scope scope, ExpressionContext ctx)
    {
        var target = BindExpression(mp.Target, scope, ctx.AsValue());
        var items = new List<BoundMapProjectionItem>();
        foreach (var item in mp.Items)
        {
            switch (item.Kind)
            {
                case AstMapProjectionKind.Literal:
                    items.Add(new BoundMapProjectionItem(item.Kind, item.Key, BindExpression(item.Value!, scope, ctx.AsValue())));
                    break;
                case AstMapProjectionKind.Variable:
                    var v = scope.Find(item.Key!) ?? throw SemanticErrors.UndefinedVariable(mp.Position, item.Key!);
                    items.Add(new BoundMapProjectionItem(item.Kind, item.Key, new BoundVariable(v)));
                    break;
                default:
                    items.Add(new BoundMapProjectionItem(item.Kind, item.Key, null));
                    break;
            }
        }

        return new BoundMapProjection(target, items);
    }

    /// <summary>What the binder knows of an expression's type.</summary>
    internal static ValueKind KindOf(BoundExpression e) => e switch
    {
        BoundLiteral { Value: null } => ValueKind.Null,
        BoundLiteral { Value: bool } => ValueKind.Boolean,
        BoundLiteral { Value: long } => ValueKind.Integer,
        BoundLiteral { Value: double } => ValueKind.Float,
        BoundLiteral { Value: string } => ValueKind.String,
        BoundVariable v => v.Variable.Kind,
        BoundList or BoundListComprehension => ValueKind.List,
        BoundMap or BoundMapProjection => ValueKind.Map,
        BoundIsNull or BoundLabelCheck or BoundQuantifier => ValueKind.Boolean,
        BoundSubquery { Kind: AstSubqueryKind.Exists } => ValueKind.Boolean,
        BoundSubquery { Kind: AstSubqueryKind.Count } => ValueKind.Integer,
        BoundSubquery { Kind: AstSubqueryKind.Collect } => ValueKind.List,
        BoundUnary { Operator: AstUnaryOperator.Not } => ValueKind.Boolean,
        // The operand's kind once: asking twice per level made -------…1 take 2^n steps (22 signs: 2.5 s).
        BoundUnary u => KindOf(u.Operand) is var kind and (ValueKind.Integer or ValueKind.Float) ? kind : ValueKind.Any,
        BoundBinary b => BinaryKind(b),
        _ => ValueKind.Any,
    };

    private static ValueKind BinaryKind(BoundBinary b)
    {
        switch (b.Operator)
        {
            case AstBinaryOperator.Add or AstBinaryOperator.Subtract or AstBinaryOperator.Multiply or AstBinaryOperator.Divide
                or AstBinaryOperator.Modulo:
                var l = KindOf(b.Left);
                var r = KindOf(b.Right);
                if (l == ValueKind.List || r == ValueKind.List)
                {
                    return b.Operator == AstBinaryOperator.Add ? ValueKind.List : ValueKind.Any;
                }

                if (l == ValueKind.String && r == ValueKind.String)
                {
                    return b.Operator == AstBinaryOperator.Add ? ValueKind.String : ValueKind.Any;
                }

                if (l is ValueKind.Integer or ValueKind.Float && r is ValueKind.Integer or ValueKind.Float)
                {
                    return l == ValueKind.Integer && r == ValueKind.Integer ? ValueKind.Integer : ValueKind.Float;
                }

                return ValueKind.Any;
            case AstBinaryOperator.Power:
                return ValueKind.Any;
            default:
                return ValueKind.Boolean;
        }
    }

    /// <summary>The element kind of a list expression when every literal element agrees.</summary>
    private static ValueKind ElementKind(BoundExpression list)
    {
        if (list is BoundList l && l.Items.Count > 0)
        {
            var kinds = l.Items.Select(KindOf).Where(k => k != ValueKind.Null).Distinct().ToList();
            return kinds.Count == 1 ? kinds[0] : ValueKind.Any;
        }

        return ValueKind.Any;
    }

    /// <summary>True when the expression contains an aggregate outside any nested subquery.</summary>
    internal static bool ContainsAggregate(BoundExpression e) => BoundWalker.Any(e, x => x is BoundAggregate);
}
