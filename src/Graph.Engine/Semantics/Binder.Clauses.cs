using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>Clause sequencing: scope flow from clause to clause and the composition rules.</summary>
internal sealed partial class Binder
{
    private BoundSingleQuery BindSingle(AstSingleQuery query, Scope incoming, QueryRole role)
    {
        var clauses = new List<BoundClause>();
        var scope = role == QueryRole.CallSubquery ? Scope.Empty : incoming;
        IReadOnlyList<BoundColumn> columns = [];
        var count = query.Clauses.Count;
        for (var i = 0; i < count; i++)
        {
            var clause = query.Clauses[i];
            var last = i == count - 1;
            if (clause is AstReturn && !last)
            {
                throw SemanticErrors.Syntax(query.Clauses[i + 1].Position, "InvalidClauseComposition", "RETURN can only be used at the end of the query");
            }

            if (role == QueryRole.ExpressionSubquery && IsUpdating(clause))
            {
                throw SemanticErrors.Syntax(clause.Position, "InvalidClauseComposition", "An Exists Expression cannot contain any updates");
            }

            // The importing WITH of an old-style CALL { WITH a … } sees the outer scope.
            var clauseScope = role == QueryRole.CallSubquery && i == 0 && clause is AstWith ? incoming : scope;
            scope = BindClause(clause, clauseScope, clauses, out var returned, role, last);
            if (role == QueryRole.ExpressionSubquery)
            {
                scope = KeepOuterVariables(scope, clauseScope, incoming, clause);
            }

            if (returned is not null)
            {
                columns = returned;
            }
        }

        if (role != QueryRole.ExpressionSubquery && count > 0 && query.Clauses[^1] is AstMatch or AstWith or AstUnwind)
        {
            throw SemanticErrors.Syntax(
                query.Clauses[^1].Position,
                "InvalidClauseComposition",
                "Query cannot conclude with " + ClauseName(query.Clauses[^1]) + " (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD)");
        }

        return new BoundSingleQuery(clauses, columns);
    }

    /// <summary>
    /// In EXISTS, COUNT and COLLECT subqueries the outer variables are visible in the whole subquery, even after a WITH
    /// that does not carry them (Neo4j 5); a variable of the subquery may therefore not take an outer one's name.
    /// The outer values stay in their slots while the subquery runs, so re-adding them to the scope is all it takes.
    /// </summary>
    private static Scope KeepOuterVariables(Scope scope, Scope before, Scope outer, AstClause clause)
    {
        foreach (var variable in outer.Named)
        {
            var found = scope.Find(variable.Name);
            if (found is null)
            {
                scope = scope.With(variable);
            }
            else if (!ReferenceEquals(found, variable) && !ReferenceEquals(found, before.Find(variable.Name)) && !CarriesUnchanged(clause, variable.Name))
            {
                throw SemanticErrors.Syntax(
                    clause.Position,
                    "VariableShadowing",
                    $"The variable `{variable.Name}` is shadowing a variable with the same name from the outer scope and needs to be renamed");
            }
        }

        return scope;
    }

    /// <summary>True for <c>WITH name</c> (or <c>name AS name</c>): the outer value carried on, not a new one.</summary>
    private static bool CarriesUnchanged(AstClause clause, string name) =>
        clause is AstWith with
        && with.Projection.Items.Any(i => string.Equals(i.ColumnName, name, StringComparison.Ordinal)
            && i.Expression is AstVariable v && string.Equals(v.Name, name, StringComparison.Ordinal));

    private static string ClauseName(AstClause clause) => clause switch
    {
        AstMatch => "MATCH",
        AstWith => "WITH",
        AstUnwind => "UNWIND",
        _ => clause.GetType().Name,
    };

    private static bool IsUpdating(AstClause clause) =>
        clause is AstCreate or AstMerge or AstSet or AstRemove or AstDelete or AstForeach;

    private Scope BindClause(AstClause clause, Scope scope, List<BoundClause> output, out IReadOnlyList<BoundColumn>? columns, QueryRole role, bool last)
    {
        columns = null;
        switch (clause)
        {
            case AstMatch match:
                return BindMatch(match, scope, output);
            case AstUnwind unwind:
                return BindUnwind(unwind, scope, output);
            case AstWith with:
                return BindProjection(with.Projection, with.Where, isReturn: false, scope, output, out _);
            case AstReturn ret:
                var after = BindProjection(ret.Projection, null, isReturn: true, scope, output, out columns);
                return after;
            case AstCreate create:
                _writes = true;
                return BindCreate(create, scope, output);
            case AstMerge merge:
                _writes = true;
                return BindMerge(merge, scope, output);
            case AstSet set:
                _writes = true;
                output.Add(new BoundSet(set.Items.Select(item => BindSetItem(item, scope)).ToList()));
                return scope;
            case AstRemove remove:
                _writes = true;
                output.Add(new BoundSet(remove.Items.Select(item => BindRemoveItem(item, scope)).ToList()));
                return scope;
            case AstDelete delete:
                _writes = true;
                output.Add(BindDelete(delete, scope));
                return scope;
            case AstForeach foreach_:
                _writes = true;
                output.Add(BindForeach(foreach_, scope));
                return scope;
            case AstCallProcedure call:
                return BindProcedureCall(call, scope, output, role, last, out columns);
            case AstCallSubquery sub:
                return BindSubqueryCall(sub, scope, output);
            case AstUnsupportedClause unsupported:
                throw SemanticErrors.Unsupported(unsupported.Feature);
            default:
                throw SemanticErrors.Unsupported($"the clause {clause.GetType().Name}");
        }
    }

    private Scope BindUnwind(AstUnwind unwind, Scope scope, List<BoundClause> output)
    {
        var list = BindExpression(unwind.Expression, scope, ExpressionContext.Plain("UNWIND"));
        if (scope.Find(unwind.Variable) is not null)
        {
            throw SemanticErrors.VariableAlreadyBound(unwind.Position, unwind.Variable);
        }

        var variable = _slots.New(unwind.Variable, ElementKind(list));
        output.Add(new BoundUnwind(list, variable));
        return scope.With(variable);
    }

    private BoundForeach BindForeach(AstForeach foreach_, Scope scope)
    {
        var list = BindExpression(foreach_.List, scope, ExpressionContext.Plain("FOREACH"));
        var variable = _slots.New(foreach_.Variable, ElementKind(list));
        var inner = scope.With(variable);
        var clauses = new List<BoundClause>();
        foreach (var clause in foreach_.Clauses)
        {
            if (!IsUpdating(clause))
            {
                throw SemanticErrors.Syntax(clause.Position, "InvalidClauseComposition", "Invalid use of " + ClauseName(clause) + " inside FOREACH");
            }

            inner = BindClause(clause, inner, clauses, out _, QueryRole.Top, last: false);
        }

        return new BoundForeach(variable, list, clauses);
    }

    private Scope BindSubqueryCall(AstCallSubquery call, Scope scope, List<BoundClause> output)
    {
        if (call.InTransactions)
        {
            throw SemanticErrors.Unsupported("CALL { … } IN TRANSACTIONS");
        }

        Scope imported;
        QueryRole role;
        if (call.ImportAll)
        {
            imported = scope;
            role = QueryRole.Top;
        }
        else if (call.ImportedVariables is not null)
        {
            imported = Scope.Empty;
            foreach (var name in call.ImportedVariables)
            {
                imported = imported.With(scope.Find(name) ?? throw SemanticErrors.UndefinedVariable(call.Position, name));
            }

            role = QueryRole.Top;
        }
        else
        {
            imported = scope;
            role = QueryRole.CallSubquery;
        }

        var query = role == QueryRole.Top
            ? BindScopedSubquery(call.Query, imported)
            : BindQuery(call.Query, imported, QueryRole.CallSubquery);
        var after = scope;
        foreach (var column in query.Columns)
        {
            if (scope.Find(column.Name) is not null)
            {
                throw SemanticErrors.VariableAlreadyBound(call.Position, column.Name);
            }

            after = after.With(column.Variable);
        }

        output.Add(new BoundSubqueryCall(query, query.Columns.Count == 0));
        return after;
    }

    // CALL (a, b) { … } and CALL (*) { … }: every clause (and every UNION part) sees the imports.
    private BoundQuery BindScopedSubquery(AstQuery query, Scope imported) => BindQuery(query, imported, QueryRole.Top);
}
