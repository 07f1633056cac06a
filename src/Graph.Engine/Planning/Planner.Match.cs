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

    private LogicalOperator PlanParts(LogicalOperator input, IReadOnlyList<BoundPatternPart> parts, BoundExpression? where, HashSet<int> bound, bool uniqueness)
    {
        var plan = input;
        var conjuncts = where is null ? [] : Conjuncts(where);
        var remaining = parts.ToList();
        var relationships = new List<(Variable Variable, IReadOnlyList<string> Types)>();
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

        return ElideUnreadLists(plan, input);
    }

    private static bool Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == 0 || b.Count == 0 || a.Any(t => b.Contains(t, StringComparer.Ordinal));

    /// <summary>
    /// A hop whose relationship (or variable-length relationship list) is anonymous and read by no
    /// uniqueness check, filter or path in this pattern need not bind it per row.
    /// </summary>
    private static LogicalOperator ElideUnreadLists(LogicalOperator plan, LogicalOperator input)
    {
        var read = new HashSet<int>();
        for (var op = plan; !ReferenceEquals(op, input) && op is not LogicalArgument; op = LogicalTree.Input(op))
        {
            switch (op)
            {
                case LogicalExpand e:
                    read.UnionWith(e.Unique.Select(v => v.Slot));
                    break;
                case LogicalVarExpand v:
                    read.UnionWith(v.Unique.Select(u => u.Slot));
                    break;
                case LogicalBindPath b:
                    read.UnionWith(b.Steps.Select(s => s.Key.Slot));
                    break;
                case LogicalFilter f:
                    BoundWalker.Any(f.Predicate, x =>
                    {
                        if (x is BoundVariable bv)
                        {
                            read.Add(bv.Variable.Slot);
                        }

                        return false;
                    });
                    break;
            }
        }

        LogicalOperator Rebuild(LogicalOperator op)
        {
            if (ReferenceEquals(op, input) || op is LogicalArgument)
            {
                return op;
            }

            var rebuilt = LogicalTree.WithInput(op, Rebuild(LogicalTree.Input(op)));
            return rebuilt switch
            {
                LogicalVarExpand v when v.Relationships.IsAnonymous && !read.Contains(v.Relationships.Slot) => v with { BindList = false },
                LogicalExpand e when e.Relationship.IsAnonymous && !read.Contains(e.Relationship.Slot) => e with { BindRelationship = false },
                _ => rebuilt,
            };
        }

        return Rebuild(plan);
    }

    private LogicalOperator PlanChain(
        LogicalOperator plan,
        BoundPatternPart part,
        HashSet<int> bound,
        List<BoundExpression> conjuncts,
        List<(Variable Variable, IReadOnlyList<string> Types)> relationships,
        bool uniqueness)
    {
        var nodes = new List<BoundNodePattern> { part.Start };
        nodes.AddRange(part.Steps.Select(s => s.Node));
        var anchor = ChainAnchor(part, bound, conjuncts);
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
        List<(Variable Variable, IReadOnlyList<string> Types)> relationships,
        bool uniqueness,
        bool reversed)
    {
        var into = bound.Contains(to.Variable.Slot);
        // Relationships of disjoint types can never be the same one: no check needed between them.
        var unique = uniqueness
            ? relationships.Where(r => Overlap(r.Types, rel.Types)).Select(r => r.Variable).ToList()
            : [];
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

        relationships.Add((rel.Variable, rel.Types));
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
