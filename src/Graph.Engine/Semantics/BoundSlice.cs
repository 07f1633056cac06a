namespace Graph.Engine.Semantics;

/// <summary><c>target[from..to]</c>.</summary>
internal sealed record BoundSlice(BoundExpression Target, BoundExpression? From, BoundExpression? To) : BoundExpression;
