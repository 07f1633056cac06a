namespace Graph.Engine.Semantics;

/// <summary><c>[x IN list WHERE p | e]</c>.</summary>
internal sealed record BoundListComprehension(Variable Variable, BoundExpression List, BoundExpression? Where, BoundExpression? Projection) : BoundExpression;
