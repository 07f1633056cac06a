using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning.Rewrites;

/// <summary>
/// A label scan under filters that compare an indexed property with a value computable before
/// the scan becomes an index seek: equality first, then IN a list, then STARTS WITH, then one
/// bound of a range (&gt;, &gt;=, &lt;, &lt;=, either side). The filters stay, so the
/// rows are exactly those of the scan.
/// </summary>
internal sealed class UseIndexSeek : IRewriteRule
{
    public string Name => "UseIndexSeek";

    // Top-down, so the whole chain of filters above a scan is seen at once (bottom-up, the
    // lowest filter alone would pick the seek).
    public LogicalOperator Apply(LogicalOperator plan, RewriteContext context)
    {
        if (plan is LogicalFilter top)
        {
            var filters = new List<LogicalFilter>();
            LogicalOperator current = top;
            while (current is LogicalFilter f)
            {
                filters.Add(f);
                current = f.Input;
            }

            if (current is LogicalNodeScan { Label: { } label } scan)
            {
                var conjuncts = filters.SelectMany(f => Planner.Conjuncts(f.Predicate)).ToList();
                LogicalOperator below = (LogicalOperator?)Seek(conjuncts, scan, label, context) ?? scan;
                below = LogicalTree.WithInput(below, Apply(LogicalTree.Input(below), context));
                for (var i = filters.Count - 1; i >= 0; i--)
                {
                    below = filters[i] with { Input = below };
                }

                return below;
            }
        }

        var children = LogicalTree.Children(plan);
        return children.Count == 0 ? plan : LogicalTree.WithChildren(plan, [.. children.Select(c => Apply(c, context))]);
    }

    private static LogicalNodeIndexSeek? Seek(List<BoundExpression> conjuncts, LogicalNodeScan scan, string label, RewriteContext context) =>
        Find(conjuncts, scan, label, context, AstBinaryOperator.Equal)
            ?? Find(conjuncts, scan, label, context, AstBinaryOperator.In)
            ?? Find(conjuncts, scan, label, context, AstBinaryOperator.StartsWith)
            ?? Find(conjuncts, scan, label, context, AstBinaryOperator.Greater)
            ?? Find(conjuncts, scan, label, context, AstBinaryOperator.GreaterOrEqual)
            ?? Find(conjuncts, scan, label, context, AstBinaryOperator.Less)
            ?? Find(conjuncts, scan, label, context, AstBinaryOperator.LessOrEqual);

    private static LogicalNodeIndexSeek? Find(List<BoundExpression> conjuncts, LogicalNodeScan scan, string label, RewriteContext context, AstBinaryOperator op)
    {
        foreach (var c in conjuncts)
        {
            if (c is not BoundBinary b || b.Operator != op)
            {
                continue;
            }

            foreach (var (property, value, flipped) in new[] { (b.Left, b.Right, false), (b.Right, b.Left, true) })
            {
                if (property is BoundProperty { Target: BoundVariable v } p && v.Variable == scan.Variable
                    && context.Statistics.HasIndex(label, p.Key)
                    && !BoundWalker.Any(value, x => x is BoundSubquery || (x is BoundVariable w && w.Variable == scan.Variable)))
                {
                    // value < n.k reads as n.k > value.
                    var kind = (op, flipped) switch
                    {
                        (AstBinaryOperator.StartsWith, _) => IndexSeekKind.Prefix,
                        (AstBinaryOperator.In, _) => IndexSeekKind.In,
                        (AstBinaryOperator.Greater, false) or (AstBinaryOperator.Less, true) => IndexSeekKind.Greater,
                        (AstBinaryOperator.GreaterOrEqual, false) or (AstBinaryOperator.LessOrEqual, true) => IndexSeekKind.GreaterOrEqual,
                        (AstBinaryOperator.Less, false) or (AstBinaryOperator.Greater, true) => IndexSeekKind.Less,
                        (AstBinaryOperator.LessOrEqual, false) or (AstBinaryOperator.GreaterOrEqual, true) => IndexSeekKind.LessOrEqual,
                        _ => IndexSeekKind.Equal,
                    };
                    return new LogicalNodeIndexSeek(scan.Input, scan.Variable, label, p.Key, value, kind);
                }

                if (op is AstBinaryOperator.StartsWith or AstBinaryOperator.In)
                {
                    break;
                }
            }
        }

        return null;
    }
}
