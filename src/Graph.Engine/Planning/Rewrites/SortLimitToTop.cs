using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning.Rewrites;

/// <summary>ORDER BY … LIMIT n (with or without SKIP s) becomes a Top of n (or s + n) rows.</summary>
internal sealed class SortLimitToTop : IRewriteRule
{
    public string Name => "SortLimitToTop";

    public LogicalOperator Apply(LogicalOperator plan, RewriteContext context) =>
        LogicalTree.Transform(plan, op => op switch
        {
            LogicalLimit { Input: LogicalSort sort } limit => new LogicalTop(sort.Input, sort.Keys, limit.Count),
            LogicalLimit { Input: LogicalSkip { Input: LogicalSort sort } skip } limit =>
                skip with { Input = new LogicalTop(sort.Input, sort.Keys, new BoundBinary(AstBinaryOperator.Add, skip.Count, limit.Count)) },
            _ => op,
        });
}
