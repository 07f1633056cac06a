using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Keeps the rows where the predicate is true.</summary>
internal sealed record LogicalFilter(LogicalOperator Input, BoundExpression Predicate) : LogicalOperator;
