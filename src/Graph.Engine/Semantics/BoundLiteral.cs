namespace Graph.Engine.Semantics;

/// <summary>A constant.</summary>
internal sealed record BoundLiteral(object? Value) : BoundExpression;
