using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>WITH / RETURN: aggregate or project, then DISTINCT, ORDER BY, SKIP, LIMIT, and WITH's WHERE.</summary>
internal sealed partial class Planner
{
    private LogicalOperator PlanProjection(BoundProjection p, LogicalOperator plan, HashSet<int> bound)
    {
        foreach (var item in p.Items)
        {
            Use(item.Expression);
        }

        foreach (var a in p.Aggregates)
        {
            foreach (var arg in a.Aggregate.Arguments)
            {
                Use(arg);
            }
        }

        if (p.IsAggregating)
        {
            var keys = new List<BoundProjectionItem>();
            var post = new List<BoundProjectionItem>();
            for (var i = 0; i < p.Items.Count; i++)
            {
                var item = p.Items[i];
                if (!p.AggregateItems[i])
                {
                    keys.Add(item);
                }
                else if (item.Expression is not BoundVariable v || v.Variable != item.Variable)
                {
                    post.Add(item);
                }
            }

            plan = new LogicalAggregate(plan, keys, p.PassThrough, p.Aggregates);
            if (post.Count > 0)
            {
                plan = new LogicalProject(plan, post);
            }
        }
        else if (p.Items.Count > 0)
        {
            plan = new LogicalProject(plan, p.Items);
        }

        foreach (var item in p.Items)
        {
            bound.Add(item.Variable.Slot);
        }

        if (p.Distinct)
        {
            plan = new LogicalDistinct(plan, [.. p.PassThrough, .. p.Items.Select(i => i.Variable)]);
        }

        if (p.OrderBy.Count > 0)
        {
            foreach (var s in p.OrderBy)
            {
                Use(s.Expression);
            }

            plan = new LogicalSort(plan, p.OrderBy);
        }

        if (p.Skip is not null)
        {
            plan = new LogicalSkip(plan, UseRequired(p.Skip));
        }

        if (p.Limit is not null)
        {
            plan = new LogicalLimit(plan, UseRequired(p.Limit));
        }

        if (p.Where is not null)
        {
            plan = new LogicalFilter(plan, UseRequired(p.Where));
        }

        return plan;
    }
}
