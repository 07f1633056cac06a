using System.Globalization;
using System.Text;
using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>
/// Prints a plan as compact text, one operator per line, root first, each input indented two
/// spaces under its parent (the format EXPLAIN returns and golden tests pin). PROFILE passes
/// row counts, printed as <c>rows=N</c>.
/// </summary>
internal static class PlanPrinter
{
    public static string Print(LogicalOperator root, Func<LogicalOperator, long?>? rows = null)
    {
        var sb = new StringBuilder();
        Write(sb, root, 0, rows);
        return sb.ToString().TrimEnd('\n');
    }

    private static void Write(StringBuilder sb, LogicalOperator op, int depth, Func<LogicalOperator, long?>? rows)
    {
        sb.Append(' ', depth * 2).Append(Describe(op));
        if (rows?.Invoke(op) is { } n)
        {
            sb.Append(" rows=").Append(n.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append('\n');
        foreach (var child in LogicalTree.Children(op))
        {
            if (child is LogicalArgument && op is not (LogicalOptional or LogicalApply or LogicalMerge or LogicalForeach or LogicalUnion))
            {
                continue;
            }

            Write(sb, child, depth + 1, rows);
        }
    }

    public static string Describe(LogicalOperator op) => op switch
    {
        LogicalArgument => "Argument",
        LogicalNodeScan { Label: null } x => $"AllNodesScan({Name(x.Variable)})",
        LogicalNodeScan x => $"NodeByLabelScan({Name(x.Variable)}:{x.Label})",
        LogicalNodeIndexSeek x => $"NodeIndexSeek({Name(x.Variable)}:{x.Label}({x.Key} {x.Kind switch { IndexSeekKind.Prefix => "STARTS WITH", IndexSeekKind.In => "IN", _ => "=" }} {x.Value}))",
        LogicalExpand x => $"Expand{(x.Into ? "Into" : "")}({Step(x.From, x.Relationship, x.To, x.Types, x.Direction, "")})",
        LogicalVarExpand x => $"VarLengthExpand({Step(x.From, x.Relationships, x.To, x.Types, x.Direction, Range(x.Min, x.Max))})",
        LogicalShortestPath x => $"{(x.All ? "AllShortestPaths" : "ShortestPath")}({Step(x.From, x.Relationships, x.To, x.Types, x.Direction, Range(x.Min, x.Max))})",
        LogicalFilter x => $"Filter({x.Predicate})",
        LogicalProject x => $"Projection({string.Join(", ", x.Items.Select(i => $"{i.Expression} AS {Name(i.Variable)}"))})",
        LogicalAggregate x => $"Aggregation(keys: [{string.Join(", ", x.Keys.Select(k => k.Expression.ToString()).Concat(x.PassThroughKeys.Select(Name)))}], aggregates: [{string.Join(", ", x.Aggregates.Select(a => a.Aggregate.ToString()))}])",
        LogicalDistinct x => $"Distinct({string.Join(", ", x.Variables.Select(Name))})",
        LogicalSort x => $"Sort({Keys(x.Keys)})",
        LogicalTop x => $"Top({Keys(x.Keys)}; {x.Limit})",
        LogicalSkip x => $"Skip({x.Count})",
        LogicalLimit x => $"Limit({x.Count})",
        LogicalOptional => "Optional",
        LogicalApply x => x.Unit ? "Apply(unit)" : "Apply",
        LogicalUnion x => x.All ? "UnionAll" : "Union",
        LogicalUnwind x => $"Unwind({x.List} AS {Name(x.Variable)})",
        LogicalBindPath x => $"BindPath({Name(x.Path)})",
        LogicalCreate => "Create",
        LogicalMerge => "Merge",
        LogicalSet => "SetProperties",
        LogicalDelete x => x.Detach ? "DetachDelete" : "Delete",
        LogicalForeach x => $"Foreach({Name(x.Variable)})",
        LogicalProcedureCall x => $"ProcedureCall({x.Procedure.Name})",
        LogicalEager => "Eager",
        LogicalSchemaCommand => "SchemaCommand",
        LogicalProduceResults x => $"ProduceResults({string.Join(", ", x.Columns.Select(c => c.Name))})",
        _ => op.GetType().Name,
    };

    private static string Name(Variable v) => v.IsAnonymous ? "anon" + v.Slot.ToString(CultureInfo.InvariantCulture) : v.Name;

    private static string Keys(IReadOnlyList<BoundSortItem> keys) =>
        string.Join(", ", keys.Select(k => k.Expression + (k.Descending ? " DESC" : "")));

    private static string Range(long min, long? max) =>
        "*" + min.ToString(CultureInfo.InvariantCulture) + ".." + (max?.ToString(CultureInfo.InvariantCulture) ?? "");

    private static string Step(Variable from, Variable rel, Variable to, IReadOnlyList<string> types, AstDirection direction, string range)
    {
        var inner = Name(rel) + (types.Count > 0 ? ":" + string.Join("|", types) : "") + range;
        return direction switch
        {
            AstDirection.Outgoing => $"({Name(from)})-[{inner}]->({Name(to)})",
            AstDirection.Incoming => $"({Name(from)})<-[{inner}]-({Name(to)})",
            _ => $"({Name(from)})-[{inner}]-({Name(to)})",
        };
    }
}
