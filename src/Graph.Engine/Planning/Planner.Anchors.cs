using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Anchor choice: where a chain starts.</summary>
internal sealed partial class Planner
{
    private SlotCounter _scratch = new(0);

    /// <summary>
    /// The cheapest node of a chain to start from, with the label to scan: a bound node costs 0,
    /// an index seek 1, a label scan the label's node count, anything else all nodes.
    /// </summary>
    private (int Index, string? Label, double Cost) AnchorCost(BoundPatternPart part, HashSet<int> bound, List<BoundExpression> conjuncts)
    {
        var nodes = new List<BoundNodePattern> { part.Start };
        nodes.AddRange(part.Steps.Select(s => s.Node));
        var best = (Index: 0, Label: (string?)null, Cost: double.MaxValue);
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            (string? Label, double Cost) option;
            if (bound.Contains(node.Variable.Slot) || !node.IsNew)
            {
                option = (null, 0);
            }
            else
            {
                option = (null, statistics.NodeCount + 1.0);
                foreach (var label in Binder.LabelNames(node.Labels is AstLabelName or AstLabelAnd ? node.Labels : null))
                {
                    var cost = Seekable(node, label, conjuncts) ? 1.0 : statistics.LabelCount(label) + 0.5;
                    if (cost < option.Cost)
                    {
                        option = (label, cost);
                    }
                }
            }

            if (option.Cost < best.Cost)
            {
                best = (i, option.Label, option.Cost);
            }
        }

        return best;
    }

    /// <summary>True when an index on (label, key) can seek this node by an inline property or a WHERE equality or prefix.</summary>
    private bool Seekable(BoundNodePattern node, string label, List<BoundExpression> conjuncts)
    {
        if (node.Properties is BoundMap map && map.Entries.Any(e => statistics.HasIndex(label, e.Key)))
        {
            return true;
        }

        foreach (var c in conjuncts)
        {
            if (c is BoundBinary { Operator: AstBinaryOperator.Equal or AstBinaryOperator.StartsWith or AstBinaryOperator.In } b)
            {
                if (b.Left is BoundProperty { Target: BoundVariable v } p && v.Variable == node.Variable && statistics.HasIndex(label, p.Key))
                {
                    return true;
                }

                if (b.Operator == AstBinaryOperator.Equal && b.Right is BoundProperty { Target: BoundVariable w } q && w.Variable == node.Variable
                    && statistics.HasIndex(label, q.Key))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
