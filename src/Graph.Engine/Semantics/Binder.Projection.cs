using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>
/// WITH and RETURN: items, implicit grouping, DISTINCT, ORDER BY (which may read projected
/// columns and, without DISTINCT or aggregation, the variables before the projection),
/// SKIP/LIMIT constants, and WITH's WHERE.
/// </summary>
internal sealed partial class Binder
{
    private Scope BindProjection(AstProjection p, AstExpression? where, bool isReturn, Scope scope, List<BoundClause> output, out IReadOnlyList<BoundColumn> columns)
    {
        var clause = isReturn ? "RETURN" : "WITH";
        var passThrough = new List<Variable>();
        if (p.IncludeExisting)
        {
            passThrough = [.. scope.Named.OrderBy(v => v.Name, StringComparer.Ordinal)];
            if (passThrough.Count == 0 && isReturn)
            {
                throw SemanticErrors.Syntax(p.Position, "NoVariablesInScope", $"{clause} * is not allowed when there are no variables in scope");
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var bound = new List<(AstProjectionItem Ast, BoundExpression Expression)>();
        foreach (var item in p.Items)
        {
            if (!isReturn && item.Alias is null && item.Expression is not AstVariable)
            {
                throw SemanticErrors.Syntax(item.Position, "NoExpressionAlias", "Expression in WITH must be aliased (use AS)");
            }

            if (!names.Add(item.ColumnName))
            {
                throw SemanticErrors.Syntax(item.Position, "ColumnNameConflict", "Multiple result columns with the same name are not supported");
            }

            bound.Add((item, BindExpression(item.Expression, scope, ExpressionContext.Projection(clause))));
        }

        passThrough.RemoveAll(v => names.Contains(v.Name));
        var aggregating = bound.Any(b => ContainsAggregate(b.Expression));
        var items = new List<BoundProjectionItem>();
        var aggregates = new List<BoundAggregateItem>();
        var aggregateItems = new bool[bound.Count];
        var keyByText = new Dictionary<string, Variable>(StringComparer.Ordinal);
        foreach (var v in passThrough)
        {
            keyByText[v.Name] = v;
        }

        for (var i = 0; i < bound.Count; i++)
        {
            var (ast, expression) = bound[i];
            var variable = _slots.New(ast.ColumnName, KindOf(expression));
            items.Add(new BoundProjectionItem(ast.ColumnName, variable, expression));
            if (aggregating && !ContainsAggregate(expression))
            {
                keyByText.TryAdd(expression.ToString(), variable);
            }
        }

        if (aggregating)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Expression is BoundAggregate direct
                    && !aggregates.Any(a => string.Equals(a.Aggregate.ToString(), direct.ToString(), StringComparison.Ordinal)))
                {
                    // The item is the aggregate itself: the aggregation writes the column directly.
                    aggregateItems[i] = true;
                    aggregates.Add(new BoundAggregateItem(items[i].Variable, direct));
                    items[i] = items[i] with { Expression = new BoundVariable(items[i].Variable) };
                }
                else if (ContainsAggregate(items[i].Expression))
                {
                    aggregateItems[i] = true;
                    var rewritten = ExtractAggregates(items[i].Expression, aggregates);
                    items[i] = items[i] with { Expression = ResolveGroupingKeys(rewritten, keyByText, aggregates, bound[i].Ast.Position) };
                }
            }
        }

        var after = Scope.Of(passThrough.Concat(items.Select(i => i.Variable)));
        var orderBy = p.OrderBy.Select(s => BindSortItem(s, scope, after, items, bound, p.Distinct, aggregating, aggregates, keyByText, clause)).ToList();
        var skip = BindConstant(p.Skip, scope, "SKIP");
        var limit = BindConstant(p.Limit, scope, "LIMIT");
        var boundWhere = where is null ? null : BindProjectedWhere(where, scope, after, items, bound, p.Distinct, aggregating);
        output.Add(new BoundProjection(isReturn, p.Distinct, items, passThrough, aggregates, orderBy, skip, limit, boundWhere) { AggregateItems = aggregateItems });
        columns = [.. passThrough.Select(v => new BoundColumn(v.Name, v)), .. items.Select(i => new BoundColumn(i.Name, i.Variable))];
        return after;
    }

    /// <summary>Replaces each aggregate call with the variable of its (de-duplicated) aggregate item.</summary>
    private BoundExpression ExtractAggregates(BoundExpression e, List<BoundAggregateItem> aggregates) =>
        BoundWalker.Rewrite(e, x =>
        {
            if (x is not BoundAggregate a)
            {
                return null;
            }

            var text = a.ToString();
            var existing = aggregates.FirstOrDefault(g => string.Equals(g.Aggregate.ToString(), text, StringComparison.Ordinal));
            if (existing is null)
            {
                existing = new BoundAggregateItem(_slots.Anonymous(a.Function is null ? ValueKind.Integer : ValueKind.Any), a);
                aggregates.Add(existing);
            }

            return new BoundVariable(existing.Variable);
        });

    /// <summary>
    /// Outside its aggregates, an aggregating item may only read grouping keys that are variables
    /// or property reads of variables (Neo4j's rule), literals and parameters.
    /// </summary>
    private static BoundExpression ResolveGroupingKeys(BoundExpression e, Dictionary<string, Variable> keys, List<BoundAggregateItem> aggregates, SourcePosition at)
    {
        var locals = LocalVariables(e);
        return BoundWalker.Rewrite(e, x =>
        {
            if (x is BoundVariable v && (aggregates.Any(a => a.Variable == v.Variable) || locals.Contains(v.Variable.Slot)))
            {
                return x;
            }

            if (x is BoundVariable or BoundProperty { Target: BoundVariable })
            {
                if (keys.TryGetValue(x.ToString(), out var key))
                {
                    return new BoundVariable(key);
                }

                if (x is BoundVariable)
                {
                    throw SemanticErrors.AmbiguousAggregation(at, e.ToString());
                }
            }

            return null;
        });
    }

    private static HashSet<int> LocalVariables(BoundExpression e)
    {
        var locals = new HashSet<int>();
        BoundWalker.Any(e, x =>
        {
            switch (x)
            {
                case BoundListComprehension lc:
                    locals.Add(lc.Variable.Slot);
                    break;
                case BoundQuantifier q:
                    locals.Add(q.Variable.Slot);
                    break;
                case BoundReduce r:
                    locals.Add(r.Variable.Slot);
                    locals.Add(r.Accumulator.Slot);
                    break;
            }

            return false;
        });
        return locals;
    }

    private BoundSortItem BindSortItem(
        AstSortItem sort,
        Scope before,
        Scope after,
        List<BoundProjectionItem> items,
        List<(AstProjectionItem Ast, BoundExpression Expression)> bound,
        bool distinct,
        bool aggregating,
        List<BoundAggregateItem> aggregates,
        Dictionary<string, Variable> keys,
        string clause)
    {
        var scope = before;
        foreach (var v in after.Variables)
        {
            scope = scope.With(v);
        }

        var context = new ExpressionContext("ORDER BY", aggregating, false, false);
        var expression = BindExpression(sort.Expression, scope, context);
        var newSlots = after.Variables.Select(v => v.Slot).ToHashSet();
        var itemByText = new Dictionary<string, Variable>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            itemByText.TryAdd(bound[i].Expression.ToString(), items[i].Variable);
        }

        if (aggregating && ContainsAggregate(expression))
        {
            var referenced = bound.SelectMany(b => Variables(b.Expression)).Select(v => v.Slot).ToHashSet();
            foreach (var v in Variables(expression))
            {
                if (!newSlots.Contains(v.Slot) && !referenced.Contains(v.Slot))
                {
                    throw SemanticErrors.UndefinedVariable(sort.Position, v.Name);
                }
            }

            // The whole key may be a projected aggregate item.
            if (itemByText.TryGetValue(expression.ToString(), out var whole))
            {
                return new BoundSortItem(new BoundVariable(whole), sort.Descending);
            }

            // An aggregate not projected may only read what the projection keeps.
            var known = aggregates.Select(a => a.Aggregate.ToString()).ToHashSet(StringComparer.Ordinal);
            BoundWalker.Any(expression, x =>
            {
                if (x is BoundAggregate a && !known.Contains(a.ToString()))
                {
                    var outside = Variables(a).FirstOrDefault(v => !newSlots.Contains(v.Slot) && !LocalVariables(a).Contains(v.Slot));
                    if (outside is not null)
                    {
                        throw SemanticErrors.UndefinedVariable(sort.Position, outside.Name);
                    }
                }

                return false;
            });
            var rewritten = ExtractAggregates(expression, aggregates);
            return new BoundSortItem(ResolveGroupingKeys(rewritten, WithItems(keys, items, bound), aggregates, sort.Position), sort.Descending);
        }

        var replaced = BoundWalker.Rewrite(expression, x =>
            itemByText.TryGetValue(x.ToString(), out var v) && x is not BoundLiteral ? new BoundVariable(v) : null);
        if (distinct || aggregating)
        {
            var locals = LocalVariables(replaced);
            foreach (var v in Variables(replaced))
            {
                if (!newSlots.Contains(v.Slot) && !locals.Contains(v.Slot))
                {
                    throw aggregating && bound.Any(b => Variables(b.Expression).Any(x => x.Slot == v.Slot))
                        ? SemanticErrors.AmbiguousAggregation(sort.Position, replaced.ToString())
                        : SemanticErrors.UndefinedVariable(sort.Position, v.Name);
                }
            }
        }

        _ = clause;
        return new BoundSortItem(replaced, sort.Descending);
    }

    /// <summary>
    /// WITH … WHERE: without DISTINCT or aggregation it sees the variables before the projection
    /// too; with them, only the projected columns (a projected expression counts as its column).
    /// </summary>
    private BoundExpression BindProjectedWhere(
        AstExpression where,
        Scope before,
        Scope after,
        List<BoundProjectionItem> items,
        List<(AstProjectionItem Ast, BoundExpression Expression)> bound,
        bool distinct,
        bool aggregating)
    {
        if (aggregating)
        {
            return BindPredicate(where, after, "WHERE");
        }

        var scope = before;
        foreach (var v in after.Variables)
        {
            scope = scope.With(v);
        }

        var predicate = BindPredicate(where, scope, "WHERE");
        if (!distinct)
        {
            return predicate;
        }

        var itemByText = new Dictionary<string, Variable>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            itemByText.TryAdd(bound[i].Expression.ToString(), items[i].Variable);
        }

        var replaced = BoundWalker.Rewrite(predicate, x =>
            itemByText.TryGetValue(x.ToString(), out var v) && x is not BoundLiteral ? new BoundVariable(v) : null);
        var newSlots = after.Variables.Select(v => v.Slot).ToHashSet();
        var locals = LocalVariables(replaced);
        foreach (var v in Variables(replaced))
        {
            if (!newSlots.Contains(v.Slot) && !locals.Contains(v.Slot))
            {
                throw SemanticErrors.UndefinedVariable(where.Position, v.Name);
            }
        }

        return replaced;
    }

    private static Dictionary<string, Variable> WithItems(
        Dictionary<string, Variable> keys,
        List<BoundProjectionItem> items,
        List<(AstProjectionItem Ast, BoundExpression Expression)> bound)
    {
        var all = new Dictionary<string, Variable>(keys, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            all.TryAdd(items[i].Name, items[i].Variable);
            _ = bound;
        }

        return all;
    }

    private static List<Variable> Variables(BoundExpression e)
    {
        var list = new List<Variable>();
        BoundWalker.Any(e, x =>
        {
            if (x is BoundVariable v)
            {
                list.Add(v.Variable);
            }

            return false;
        });
        return list;
    }

    private BoundExpression? BindConstant(AstExpression? e, Scope scope, string clause)
    {
        if (e is null)
        {
            return null;
        }

        var bound = BindExpression(e, scope, ExpressionContext.Plain(clause));
        if (BoundWalker.Any(bound, x => x is BoundVariable or BoundSubquery))
        {
            throw SemanticErrors.NonConstantExpression(e.Position, clause);
        }

        if (bound is BoundLiteral { Value: long n } && n < 0)
        {
            throw SemanticErrors.NegativeIntegerArgument(e.Position, clause, n);
        }

        if (bound is BoundUnary { Operator: AstUnaryOperator.Negate, Operand: BoundLiteral { Value: long m } } && m > 0)
        {
            throw SemanticErrors.NegativeIntegerArgument(e.Position, clause, -m);
        }

        var kind = KindOf(bound);
        if (kind is ValueKind.Float or ValueKind.String or ValueKind.Boolean or ValueKind.List or ValueKind.Map)
        {
            throw SemanticErrors.InvalidArgumentType(e.Position, "Integer", kind);
        }

        return bound;
    }
}
