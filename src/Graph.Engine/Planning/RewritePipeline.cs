using Graph.Engine.Planning.Rewrites;

namespace Graph.Engine.Planning;

/// <summary>The rewrite rules, in the one order they run.</summary>
internal static class RewritePipeline
{
    private static readonly IRewriteRule[] Rules =
    [
        // 1. Move each WHERE conjunct down to where its variables are first bound, so a filter
        //    on the anchor sits right on its scan. Must run before the seek rule looks for that shape.
        new PushDownFilters(),

        // 2. A label scan filtered by an equality or STARTS WITH on an indexed property becomes an
        //    index seek (the filter stays: the seek yields a superset in edge cases such as 1 vs 1.0).
        new UseIndexSeek(),

        // 3. Sort followed by Limit (optionally via Skip) becomes Top: a bounded heap instead of a full sort.
        new SortLimitToTop(),
    ];

    public static IEnumerable<string> RuleNames => Rules.Select(r => r.Name);

    public static LogicalOperator Apply(LogicalOperator plan, RewriteContext context, RewriteOptions options)
    {
        foreach (var rule in Rules)
        {
            if (!options.Disabled.Contains(rule.Name))
            {
                plan = rule.Apply(plan, context);
            }
        }

        return plan;
    }
}
