using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Drops the first rows.</summary>
internal sealed record LogicalSkip(LogicalOperator Input, BoundExpression Count) : LogicalOperator;
