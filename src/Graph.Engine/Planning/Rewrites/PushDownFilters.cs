using Graph.Engine.Semantics;

namespace Graph.Engine.Planning.Rewrites;

/// <summary>
/// Splits each filter into its conjuncts and sinks each one to just above the operator that
/// binds the last variable it reads. Stops at operators that change which rows exist in ways a
/// filter may not cross (aggregation, DISTINCT, ORDER BY/SKIP/LIMIT, writes, subqueries, Eager).
/// Conjuncts with subqueries or non-deterministic functions stay where they are.
/// </summary>
internal sealed class PushDownFilters : IRewriteRule
{
    public string Name => "PushDownFilters";

    public LogicalOperator Apply(LogicalOperator plan, RewriteContext context) =>
        LogicalTree.Transform(plan, op =>
        {
            if (op is not LogicalFilter filter)
            {
                return op;
            }

            var kept = new List<BoundExpression>();
            var input = filter.Input;
            foreach (var conjunct in Planner.Conjuncts(filter.Predicate))
            {
                if (BoundWalker.Any(conjunct, x => x is BoundSubquery or BoundFunction { Function.IsDeterministic: false }))
                {
                    kept.Add(conjunct);
                    continue;
                }

                var slots = new HashSet<int>();
                BoundWalker.Any(conjunct, x =>
                {
                    if (x is BoundVariable v)
                    {
                        slots.Add(v.Variable.Slot);
                    }

                    return false;
                });
                input = Sink(input, conjunct, slots);
            }

            return kept.Count == 0 ? input : new LogicalFilter(input, kept.Aggregate((a, b) => new BoundBinary(Ast.AstBinaryOperator.And, a, b)));
        });

    private static LogicalOperator Sink(LogicalOperator op, BoundExpression conjunct, HashSet<int> slots)
    {
        StackGuard.Ensure();
        if (!Passable(op) || Introduces(op).Any(v => slots.Contains(v.Slot)))
        {
            return new LogicalFilter(op, conjunct);
        }

        return LogicalTree.WithInput(op, Sink(LogicalTree.Input(op), conjunct, slots));
    }

    private static bool Passable(LogicalOperator op) =>
        op is LogicalFilter or LogicalNodeScan or LogicalNodeIndexSeek or LogicalExpand or LogicalVarExpand
            or LogicalBindPath or LogicalUnwind or LogicalProject or LogicalOptional or LogicalShortestPath;

    private static IEnumerable<Variable> Introduces(LogicalOperator op) => op switch
    {
        LogicalNodeScan x => [x.Variable],
        LogicalNodeIndexSeek x => [x.Variable],
        LogicalExpand x => [x.Relationship, x.To],
        LogicalVarExpand x => [x.Relationships, x.To, x.Scratch],
        LogicalShortestPath x => new[] { x.Relationships, x.Path, x.Scratch }.OfType<Variable>(),
        LogicalBindPath x => [x.Path],
        LogicalUnwind x => [x.Variable],
        LogicalProject x => x.Items.Select(i => i.Variable),
        LogicalOptional x => x.NullVariables,
        _ => [],
    };
}
