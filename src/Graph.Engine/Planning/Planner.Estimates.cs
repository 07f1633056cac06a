using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>
/// Anchor choice by estimated work: for a chain of fixed-length hops between labelled, not yet
/// bound nodes, each candidate anchor is costed as the rows it scans plus the relationships each
/// hop visits (from sampled fan-outs), and the cheapest wins over the smallest label. Without
/// estimates (no sample, a variable-length hop, an unlabelled or bound node) the label rule stands.
/// </summary>
internal sealed partial class Planner
{
    /// <summary>Guess for how many rows an equality on a property keeps.</summary>
    private const double PropertySelectivity = 0.1;

    private (int Index, string? Label, double Cost) ChainAnchor(BoundPatternPart part, HashSet<int> bound, List<BoundExpression> conjuncts)
    {
        var simple = AnchorCost(part, bound, conjuncts);
        var nodes = new List<BoundNodePattern> { part.Start };
        nodes.AddRange(part.Steps.Select(s => s.Node));
        if (part.Steps.Count == 0
            || nodes.Any(n => !n.IsNew || bound.Contains(n.Variable.Slot) || n.Labels is null || !IsConjunction(n.Labels))
            || part.Steps.Any(s => s.Relationship.Length is not null || !s.Relationship.IsNew)
            || simple.Label is null)
        {
            return simple;
        }

        var labels = nodes.Select(n => Binder.LabelNames(n.Labels)).ToList();
        var best = simple;
        var bestCost = Estimate(part, nodes, labels, conjuncts, simple.Index, StartRows(nodes[simple.Index], simple.Label, conjuncts));
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var label in labels[i])
            {
                var start = StartRows(nodes[i], label, conjuncts);
                var cost = Estimate(part, nodes, labels, conjuncts, i, start);

                // Clearly cheaper only: near ties keep the label rule's choice.
                if (cost < bestCost * 0.8)
                {
                    (best, bestCost) = ((i, label, start), cost);
                }
            }
        }

        return best;
    }

    private double StartRows(BoundNodePattern node, string label, List<BoundExpression> conjuncts) =>
        Seekable(node, label, conjuncts) ? 1.0 : statistics.LabelCount(label);

    /// <summary>Rows scanned at the anchor plus relationships visited by every hop out from it.</summary>
    private double Estimate(BoundPatternPart part, List<BoundNodePattern> nodes, List<List<string>> labels, List<BoundExpression> conjuncts, int anchor, double rows)
    {
        var cost = rows;
        var card = rows;
        for (var i = anchor; i < part.Steps.Count; i++)
        {
            var rel = part.Steps[i].Relationship;
            (cost, card) = Hop(cost, card, labels[i], rel.Types, rel.Direction, nodes[i + 1], labels[i + 1], conjuncts);
        }

        for (var i = anchor; i > 0; i--)
        {
            var rel = part.Steps[i - 1].Relationship;
            (cost, card) = Hop(cost, card, labels[i], rel.Types, Reverse(rel.Direction), nodes[i - 1], labels[i - 1], conjuncts);
        }

        return cost;
    }

    private (double Cost, double Rows) Hop(
        double cost, double rows, List<string> fromLabels, IReadOnlyList<string> types, AstDirection direction, BoundNodePattern to, List<string> toLabels, List<BoundExpression> conjuncts)
    {
        // The smallest label of the node expanded from stands for it in the sample.
        var from = fromLabels.MinBy(statistics.LabelCount)!;
        var (visited, kept) = statistics.Fanout(from, types, direction, toLabels);
        return (cost + (rows * visited), rows * kept * Math.Pow(PropertySelectivity, PropertyEqualities(to, conjuncts)));
    }

    private static int PropertyEqualities(BoundNodePattern node, List<BoundExpression> conjuncts)
    {
        var count = node.Properties is BoundMap map ? map.Entries.Count : 0;
        foreach (var c in conjuncts)
        {
            if (c is BoundBinary { Operator: AstBinaryOperator.Equal } b
                && (b.Left is BoundProperty { Target: BoundVariable v } && v.Variable == node.Variable
                    || b.Right is BoundProperty { Target: BoundVariable w } && w.Variable == node.Variable))
            {
                count++;
            }
        }

        return count;
    }
}
