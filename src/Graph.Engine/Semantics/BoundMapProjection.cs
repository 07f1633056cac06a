namespace Graph.Engine.Semantics;

/// <summary><c>n {.a, b: 1, .*}</c>.</summary>
internal sealed record BoundMapProjection(BoundExpression Target, IReadOnlyList<BoundMapProjectionItem> Items) : BoundExpression;
