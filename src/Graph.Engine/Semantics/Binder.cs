using Graph.Engine.Ast;
using Graph.Engine.Procedures;

namespace Graph.Engine.Semantics;

/// <summary>
/// Semantic analysis: resolves every variable of a statement to a frame slot, checks what the
/// TCK expects to fail at compile time, and refuses unsupported features by name. Produces the
/// bound tree the planner reads. One binder per statement.
/// </summary>
internal sealed partial class Binder(ProcedureRegistry procedures)
{
    private readonly SlotAllocator _slots = new();
    private bool _writes;

    public BoundStatement Bind(AstStatement statement)
    {
        switch (statement)
        {
            case AstQueryStatement q:
                var query = BindQuery(q.Query, Scope.Empty, QueryRole.Top);
                return new BoundStatement(query, _slots.Count, _writes, q.Prefix);
            case AstCreateIndex or AstCreateConstraint or AstDropSchemaRule:
                return new BoundStatement(
                    new BoundSingleQuery([new BoundSchemaCommand(statement)], []), _slots.Count, Writes: true, AstQueryPrefix.None);
            case AstShowSchema show:
                return BindShow(show);
            default:
                throw SemanticErrors.Unsupported($"the statement {statement.GetType().Name}");
        }
    }

    private BoundQuery BindQuery(AstQuery query, Scope incoming, QueryRole role)
    {
        if (query is AstSingleQuery single)
        {
            return BindSingle(single, incoming, role);
        }

        var union = (AstUnionQuery)query;
        var all = union.All.Count > 0 && union.All[0];
        foreach (var a in union.All)
        {
            if (a != all)
            {
                throw SemanticErrors.Syntax(union.Position, "InvalidClauseComposition", "Invalid combination of UNION and UNION ALL");
            }
        }

        var parts = new List<BoundSingleQuery>();
        foreach (var part in union.Parts)
        {
            var bound = BindSingle(part, incoming, role);
            if (parts.Count > 0 && !SameColumns(parts[0].Columns, bound.Columns))
            {
                throw SemanticErrors.Syntax(part.Position, "DifferentColumnsInUnion", "All sub queries in an UNION must have the same return column names");
            }

            parts.Add(bound);
        }

        var columns = parts[0].Columns
            .Select((c, i) => new BoundColumn(c.Name, _slots.New(c.Name, Common(parts.Select(p => p.Columns[i].Variable.Kind)))))
            .ToList();
        return new BoundUnion(parts, all, columns);
    }

    private static ValueKind Common(IEnumerable<ValueKind> kinds)
    {
        var list = kinds.Distinct().ToList();
        return list.Count == 1 ? list[0] : ValueKind.Any;
    }

    private static bool SameColumns(IReadOnlyList<BoundColumn> a, IReadOnlyList<BoundColumn> b) =>
        a.Count == b.Count && a.Zip(b).All(p => string.Equals(p.First.Name, p.Second.Name, StringComparison.Ordinal));

    private Variable NewVariable(string? name, ValueKind kind) =>
        name is null ? _slots.Anonymous(kind) : _slots.New(name, kind);
}
