using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Sorts all input rows by the keys (ORDER BY's total order).</summary>
internal sealed record LogicalSort(LogicalOperator Input, IReadOnlyList<BoundSortItem> Keys) : LogicalOperator;
