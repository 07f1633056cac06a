using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning.Rewrites;

/// <summary>
/// A label scan under filters that compare an indexed property with a value computable before
/// the scan becomes an index seek: equality first, then IN a list, then STARTS WITH. The filters stay, so the
/// rows are exactly those of the scan.
/// </summary>
internal sealed class UseIndexSeek : IRewriteRule
{
    public string Name => "UseIndexSeek";

    public LogicalOperator Apply(LogicalOperator plan, RewriteContext context) =>
        LogicalTree.Transform(plan, op =>
        {
            if (op is not LogicalFilter top)
            {
                return op;
            }

            // The chain of filters directly above a labelled scan.
            var filters = new List<LogicalFilter>();
            LogicalOperator current = top;
            while (current is LogicalFilter f)
            {
                filters.Add(f);
                current = f.Input;
            }

            if (current is not LogicalNodeScan { Label: { } label } scan)
            {
                return op;
            }

            var conjuncts = filters.SelectMany(f => Planner.Conjuncts(f.Predicate)).ToList();
            var seek = Find(conjuncts, scan, label, context, AstBinaryOperator.Equal)
                ?? Find(conjuncts, scan, label, context, AstBinaryOperator.In)
                ?? Find(conjuncts, scan, label, context, AstBinaryOperator.StartsWith);
            if (seek is null)
            {
                return op;
            }

            LogicalOperator rebuilt = seek;
            for (var i = filters.Count - 1; i >= 0; i--)
            {
                rebuilt = filters[i] with { Input = rebuilt };
            }

            return rebuilt;
        });

    private static LogicalNodeIndexSeek? Find(List<BoundExpression> conjuncts, LogicalNodeScan scan, string label, RewriteContext context, AstBinaryOperator op)
    {
        foreach (var c in conjuncts)
        {
            if (c is not BoundBinary b || b.Operator != op)
            {
                continue;
            }

            foreach (var (property, value) in new[] { (b.Left, b.Right), (b.Right, b.Left) })
            {
                if (property is BoundProperty { Target: BoundVariable v } p && v.Variable == scan.Variable
                    && context.Statistics.HasIndex(label, p.Key)
                    && !BoundWalker.Any(value, x => x is BoundSubquery || (x is BoundVariable w && w.Variable == scan.Variable)))
                {
                    var kind = op switch
                    {
                        AstBinaryOperator.StartsWith => IndexSeekKind.Prefix,
                        AstBinaryOperator.In => IndexSeekKind.In,
                        _ => IndexSeekKind.Equal,
                    };
                    return new LogicalNodeIndexSeek(scan.Input, scan.Variable, label, p.Key, value, kind);
                }

                if (op != AstBinaryOperator.Equal)
                {
                    break;
                }
            }
        }

        return null;
    }
}
