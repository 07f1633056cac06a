namespace Graph.Engine.Planning;

/// <summary>One plan rewrite. A rule must not change a plan's results, only how they are found.</summary>
internal interface IRewriteRule
{
    string Name { get; }

    LogicalOperator Apply(LogicalOperator plan, RewriteContext context);
}
