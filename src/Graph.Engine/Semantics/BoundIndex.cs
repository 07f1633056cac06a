namespace Graph.Engine.Semantics;

/// <summary><c>target[index]</c>.</summary>
internal sealed record BoundIndex(BoundExpression Target, BoundExpression Index) : BoundExpression;
