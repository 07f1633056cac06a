namespace Graph.Engine.Semantics;

/// <summary>A list literal.</summary>
internal sealed record BoundList(IReadOnlyList<BoundExpression> Items) : BoundExpression;
