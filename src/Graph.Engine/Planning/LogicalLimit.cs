using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Stops after a number of rows.</summary>
internal sealed record LogicalLimit(LogicalOperator Input, BoundExpression Count) : LogicalOperator;
