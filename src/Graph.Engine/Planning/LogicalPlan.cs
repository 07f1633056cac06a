using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>
/// A planned statement: the operator tree, the plans of the subqueries its expressions contain
/// (keyed by the subquery expression itself), the frame size and the parameters it reads.
/// Immutable, so one plan serves any number of concurrent runs.
/// </summary>
internal sealed record LogicalPlan(
    LogicalOperator Root,
    IReadOnlyDictionary<BoundSubquery, LogicalOperator> Subqueries,
    int SlotCount,
    bool Writes,
    IReadOnlyList<string> Parameters);
