using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>
/// Pattern planning: for each chain pick an anchor (an already bound node, else a node an
/// index can seek, else the label with the fewest nodes, else any node), scan it, then expand
/// outwards both ways. Relationship uniqueness holds across the whole MATCH.
/// </summary>
internal sealed partial class Planner
{
    private LogicalOperator PlanMatch(BoundMatch match, LogicalOperator plan, HashSet<int> bound)
    {
        foreach (var part in match.Parts)
        {
            UsePart(part);
        }

        Use(match.Where);
        if (!match.Optional)
        {
            return PlanParts(plan, match.Parts, match.Where, bound, uniqueness: true);
        }

        var inner = PlanParts(new LogicalArgument(), match.Parts, match.Where, [.. bound], uniqueness: true);
        foreach (var v in match.NewVariables)
        {
            bound.Add(v.Slot);
        }

        return new LogicalOptional(plan, inner, match.NewVariables);
    }

    private LogicalOperator PlanParts(LogicalOperator plan, IReadOnlyList<BoundPatternPart> parts, BoundExpression? where, HashSet<int> bound, bool uniqueness)
    {
        var conjuncts = where is null ? [] : Conjuncts(where);
        var remaining = parts.ToList();
        var relationships = new List<Variable>();
        while (remaining.Count > 0)
        {
            var next = remaining
                .OrderBy(p => p.Selector == AstPathSelector.All ? 0 : 1)
                .ThenBy(p => AnchorCost(p, bound, conjuncts).Cost)
                .First();
            remaining.Remove(next);
            plan = next.Selector == AstPathSelector.All
                ? PlanChain(plan, next, bound, conjuncts, relationships, uniqueness)
                : PlanShortest(plan, next, bound, conjuncts);
        }

        if (where is not null)
        {
            plan = new LogicalFilter(plan, where);
        }

        return plan;
    }

    private LogicalOperator PlanChain(LogicalOperator plan, BoundPatternPart part, HashSet<int> bound, List<BoundExpression> conjuncts, List<Variable> relationships, bool uniqueness)
    {
        var nodes = new List<BoundNodePattern> { part.Start };
        nodes.AddRange(part.Steps.Select(s => s.Node));
        var anchor = AnchorCost(part, bound, conjuncts);
        var a = anchor.Index;
        foreach (var n in nodes.Where(n => !n.IsNew))
        {
            bound.Add(n.Variable.Slot);
        }

        foreach (var s in part.Steps.Where(s => !s.Relationship.IsNew))
        {
            bound.Add(s.Relationship.Variable.Slot);
        }

        var anchorNode = nodes[a];
        if (!bound.Contains(anchorNode.Variable.Slot))
        {
            plan = new LogicalNodeScan(plan, anchorNode.Variable, anchor.Label);
            bound.Add(anchorNode.Variable.Slot);
            plan = NodeFilters(plan, anchorNode, anchor.Label);
        }
        else
        {
            plan = NodeFilters(plan, anchorNode, null);
        }

        for (var i = a; i < part.Steps.Count; i++)
        {
            plan = PlanStep(plan, nodes[i], part.Steps[i].Relationship, nodes[i + 1], part.Steps[i].Relationship.Direction, bound, relationships, uniqueness, reversed: false);
        }

        for (var i = a; i > 0; i--)
        {
            var rel = part.Steps[i - 1].Relationship;
            plan = PlanStep(plan, nodes[i], rel, nodes[i - 1], Reverse(rel.Direction), bound, relationships, uniqueness, reversed: true);
        }

        if (part.PathVariable is { } path)
        {
            plan = new LogicalBindPath(plan, path, part.Start.Variable, [.. part.Steps.Select(s => KeyValuePair.Create(s.Relationship.Variable, s.Node.Variable))]);
            bound.Add(path.Slot);
        }

        return plan;
    }

    private LogicalOperator PlanStep(
        LogicalOperator plan,
        BoundNodePattern from,
        BoundRelationshipPattern rel,
        BoundNodePattern to,
        AstDirection direction,
        HashSet<int> bound,
        List<Variable> relationships,
        bool uniqueness,
        bool reversed)
    {
        var into = bound.Contains(to.Variable.Slot);
        var unique = uniqueness ? relationships.ToList() : [];
        if (bound.Contains(rel.Variable.Slot))
        {
            // A relationship bound by an earlier clause: expand, then require the same one.
            var fresh = _scratch.Anonymous(rel.Length is null ? ValueKind.Relationship : ValueKind.List);
            plan = Expand(plan, from, rel with { Variable = fresh }, to, direction, into, unique, reversed);
            plan = new LogicalFilter(plan, new BoundBinary(AstBinaryOperator.Equal, new BoundVariable(fresh), new BoundVariable(rel.Variable)));
        }
        else
        {
            plan = Expand(plan, from, rel, to, direction, into, unique, reversed);
            bound.Add(rel.Variable.Slot);
        }

        relationships.Add(rel.Variable);
        if (!into)
        {
            bound.Add(to.Variable.Slot);
            plan = NodeFilters(plan, to, null);
        }
        else if (to.Labels is not null || to.Properties is not null || to.Where is not null)
        {
            plan = NodeFilters(plan, to, null);
        }

        return plan;
    }

    private LogicalOperator Expand(LogicalOperator plan, BoundNodePattern from, BoundRelationshipPattern rel, BoundNodePattern to, AstDirection direction, bool into, List<Variable> unique, bool reversed)
    {
        if (rel.Length is null)
        {
            plan = new LogicalExpand(plan, from.Variable, rel.Variable, to.Variable, rel.Types, direction, into, unique);
            var predicates = PropertyPredicates(rel.Variable, rel.Properties);
            if (rel.Where is not null)
            {
                predicates.Add(rel.Where);
            }

            return predicates.Count == 0 ? plan : new LogicalFilter(plan, And(predicates));
        }

        var scratch = _scratch.Anonymous(ValueKind.Relationship);
        var hop = PropertyPredicates(scratch, rel.Properties);
        return new LogicalVarExpand(
            plan, from.Variable, rel.Variable, to.Variable, rel.Types, direction, rel.Length.Min, rel.Length.Max, into, unique, scratch,
            hop.Count == 0 ? null : And(hop)) { Reversed = reversed };
    }

    private static LogicalOperator NodeFilters(LogicalOperator plan, BoundNodePattern node, string? scannedLabel)
    {
        var predicates = new List<BoundExpression>();
        if (node.Labels is not null)
        {
            var names = Binder.LabelNames(node.Labels);
            var isConjunction = node.Labels is AstLabelName or AstLabelAnd && names.Count > 0 && IsConjunction(node.Labels);
            if (isConjunction)
            {
                foreach (var name in names)
                {
                    if (!string.Equals(name, scannedLabel, StringComparison.Ordinal))
                    {
                        predicates.Add(new BoundLabelCheck(new BoundVariable(node.Variable), new AstLabelName(node.Labels.Position, name)));
                    }
                }
            }
            else
            {
                predicates.Add(new BoundLabelCheck(new BoundVariable(node.Variable), node.Labels));
            }
        }

        predicates.AddRange(PropertyPredicates(node.Variable, node.Properties));
        if (node.Where is not null)
        {
            predicates.Add(node.Where);
        }

        return predicates.Count == 0 ? plan : new LogicalFilter(plan, And(predicates));
    }

    private static bool IsConjunction(AstLabelExpression e) => e switch
    {
        AstLabelName => true,
        AstLabelAnd a => IsConjunction(a.Left) && IsConjunction(a.Right),
        _ => false,
    };

    /// <summary><c>{k: v}</c> on a pattern element as <c>x.k = v</c> conjuncts.</summary>
    private static List<BoundExpression> PropertyPredicates(Variable variable, BoundExpression? properties)
    {
        var list = new List<BoundExpression>();
        if (properties is BoundMap map)
        {
            foreach (var (key, value) in map.Entries)
            {
                list.Add(new BoundBinary(AstBinaryOperator.Equal, new BoundProperty(new BoundVariable(variable), key), value));
            }
        }
        else if (properties is not null)
        {
            throw SemanticErrors.Unsupported("a parameter map as the properties of a pattern being matched");
        }

        return list;
    }

    private static BoundExpression And(List<BoundExpression> predicates)
    {
        var result = predicates[0];
        for (var i = 1; i < predicates.Count; i++)
        {
            result = new BoundBinary(AstBinaryOperator.And, result, predicates[i]);
        }

        return result;
    }

    internal static List<BoundExpression> Conjuncts(BoundExpression e)
    {
        var list = new List<BoundExpression>();
        void Walk(BoundExpression x)
        {
            if (x is BoundBinary { Operator: AstBinaryOperator.And } b)
            {
                Walk(b.Left);
                Walk(b.Right);
            }
            else
            {
                list.Add(x);
            }
        }

        Walk(e);
        return list;
    }

    private static AstDirection Reverse(AstDirection d) => d switch
    {
        AstDirection.Outgoing => AstDirection.Incoming,
        AstDirection.Incoming => AstDirection.Outgoing,
        _ => AstDirection.Both,
    };
}
