using Graph.Engine.Ast;
using Graph.Engine.Execution.Operators;
using Graph.Engine.Planning;
using Graph.Engine.Semantics;

namespace Graph.Engine.Execution;

/// <summary>
/// Operators fused at build time, where the logical plan (and so EXPLAIN and the plan goldens)
/// stays as it is. PROFILE builds the unfused operators, so its row counts stay per logical operator.
/// </summary>
internal sealed partial class OperatorBuilder
{
    private ExpandOperator Expand(LogicalExpand x, string[]? targetLabels) => new(
        Build(x.Input), x.From.Slot, x.Relationship.Slot, x.To.Slot, x.Types, x.Direction, x.Into, Slots(x.Unique), compiler.Tokens,
        targetLabels, x.BindRelationship);

    /// <summary>
    /// The labels of a filter made only of <c>to:Label</c> checks on the node an expansion binds
    /// (the planner's label filter on a new pattern node), or null. Only a pure label filter is
    /// fused: any other conjunct would still be evaluated (and could fail) for rows the labels reject.
    /// </summary>
    private static string[]? TargetLabels(BoundExpression predicate, LogicalExpand expand)
    {
        var labels = new List<string>();
        foreach (var conjunct in Planner.Conjuncts(predicate))
        {
            if (conjunct is not BoundLabelCheck { Target: BoundVariable v, Labels: AstLabelName name } || v.Variable.Slot != expand.To.Slot)
            {
                return null;
            }

            labels.Add(name.Name);
        }

        return [.. labels];
    }

    /// <summary>
    /// The slots whose entities determine every grouping key, when the keys are only entities, their
    /// properties and constants and nothing below the aggregation writes (so a property cannot change
    /// between rows); null otherwise.
    /// </summary>
    private static int[]? IdentitySlots(LogicalAggregate aggregate)
    {
        if (Writes(aggregate.Input))
        {
            return null;
        }

        var slots = new List<int>();
        foreach (var key in aggregate.Keys)
        {
            switch (key.Expression)
            {
                case BoundVariable v:
                    slots.Add(v.Variable.Slot);
                    break;
                case BoundProperty { Target: BoundVariable v }:
                    slots.Add(v.Variable.Slot);
                    break;
                case BoundLiteral or BoundParameter:
                    break;
                default:
                    return null;
            }
        }

        slots.AddRange(aggregate.PassThroughKeys.Select(v => v.Slot));
        var distinct = slots.Distinct().ToArray();
        return distinct.Length is > 0 and <= 4 ? distinct : null;
    }
}
