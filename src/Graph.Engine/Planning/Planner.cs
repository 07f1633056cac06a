using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>
/// Turns a bound statement into a logical plan: clause by clause onto one operator chain, with
/// Eager barriers between reads and writes, then the rewrite rules. One planner per statement.
/// </summary>
internal sealed partial class Planner(IPlanningStatistics statistics, RewriteOptions rewrites)
{
    private readonly Dictionary<BoundSubquery, LogicalOperator> _subqueries = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _parameters = new(StringComparer.Ordinal);

    public LogicalPlan Plan(BoundStatement statement)
    {
        _scratch = new SlotCounter(statement.SlotCount);
        var root = PlanQuery(statement.Query, new LogicalArgument(), []);
        root = new LogicalProduceResults(root, statement.Query.Columns);
        root = RewritePipeline.Apply(root, new RewriteContext(statistics), rewrites);
        var subqueries = new Dictionary<BoundSubquery, LogicalOperator>(ReferenceEqualityComparer.Instance);
        foreach (var (key, value) in _subqueries)
        {
            subqueries[key] = RewritePipeline.Apply(value, new RewriteContext(statistics), rewrites);
        }

        return new LogicalPlan(root, subqueries, _scratch.Count, statement.Writes, [.. _parameters]);
    }

    private LogicalOperator PlanQuery(BoundQuery query, LogicalOperator input, HashSet<int> bound)
    {
        if (query is BoundSingleQuery single)
        {
            return PlanSingle(single, input, bound);
        }

        var union = (BoundUnion)query;
        var parts = new List<LogicalOperator>();
        foreach (var part in union.Parts)
        {
            // Each part starts from the same incoming row.
            parts.Add(PlanSingle(part, new LogicalArgument(), [.. bound]));
        }

        var plan = new LogicalUnion(
            parts,
            [.. union.Parts.Select(p => (IReadOnlyList<Variable>)[.. p.Columns.Select(c => c.Variable)])],
            [.. union.Columns.Select(c => c.Variable)],
            union.All);
        return input is LogicalArgument ? plan : new LogicalApply(input, plan, Unit: false);
    }

    /// <summary>Registers the parameters and plans the subqueries an expression contains; returns it unchanged.</summary>
    private BoundExpression? Use(BoundExpression? e)
    {
        if (e is null)
        {
            return null;
        }

        BoundWalker.Any(e, x =>
        {
            switch (x)
            {
                case BoundParameter p:
                    _parameters.Add(p.Name);
                    break;
                case BoundSubquery s when !_subqueries.ContainsKey(s):
                    _subqueries[s] = PlanQuery(s.Query, new LogicalArgument(), []);
                    break;
            }

            return false;
        });
        return e;
    }

    private BoundExpression UseRequired(BoundExpression e) => Use(e)!;
}
