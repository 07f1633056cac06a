using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>The first <paramref name="Limit"/> rows in key order, kept in a bounded heap.</summary>
internal sealed record LogicalTop(LogicalOperator Input, IReadOnlyList<BoundSortItem> Keys, BoundExpression Limit) : LogicalOperator;
