using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>shortestPath / allShortestPaths parts: both ends are bound first, then one search per row.</summary>
internal sealed partial class Planner
{
    private LogicalOperator PlanShortest(LogicalOperator plan, BoundPatternPart part, HashSet<int> bound, List<BoundExpression> conjuncts)
    {
        var step = part.Steps[0];
        foreach (var node in new[] { part.Start, step.Node })
        {
            if (!bound.Contains(node.Variable.Slot) && node.IsNew)
            {
                var label = Binder.LabelNames(node.Labels is AstLabelName or AstLabelAnd ? node.Labels : null)
                    .OrderBy(statistics.LabelCount)
                    .FirstOrDefault();
                plan = new LogicalNodeScan(plan, node.Variable, label);
                bound.Add(node.Variable.Slot);
                plan = NodeFilters(plan, node, label);
            }
            else
            {
                plan = NodeFilters(plan, node, null);
            }
        }

        var rel = step.Relationship;
        var scratch = _scratch.Anonymous(ValueKind.Relationship);
        var hop = PropertyPredicates(scratch, rel.Properties);
        var relationships = rel.Length is null ? _scratch.Anonymous(ValueKind.List) : rel.Variable;

        // WHERE conjuncts on the path or its relationships constrain which shortest path is found.
        var pathSlots = new HashSet<int> { rel.Variable.Slot };
        if (part.PathVariable is not null)
        {
            pathSlots.Add(part.PathVariable.Slot);
        }

        var pathPredicates = conjuncts.Where(c => BoundWalker.Any(c, x => x is BoundVariable v && pathSlots.Contains(v.Variable.Slot))).ToList();
        conjuncts.RemoveAll(pathPredicates.Contains);
        var path = part.PathVariable ?? (pathPredicates.Count > 0 ? _scratch.Anonymous(ValueKind.Path) : null);
        plan = new LogicalShortestPath(
            plan,
            part.Start.Variable,
            step.Node.Variable,
            relationships,
            path,
            rel.Types,
            rel.Direction,
            rel.Length?.Min ?? 1,
            rel.Length is null ? 1 : rel.Length.Max,
            part.Selector == AstPathSelector.AllShortestPaths,
            scratch,
            hop.Count == 0 ? null : And(hop),
            pathPredicates.Count == 0 ? null : And(pathPredicates));
        if (rel.Length is null)
        {
            // A single-hop shortest path binds its relationship variable as one relationship.
            plan = new LogicalProject(plan, [new BoundProjectionItem(rel.Variable.Name, rel.Variable, new BoundIndex(new BoundVariable(relationships), new BoundLiteral(0L)))]);
        }

        bound.Add(rel.Variable.Slot);
        if (part.PathVariable is not null)
        {
            bound.Add(part.PathVariable.Slot);
        }

        return plan;
    }
}
