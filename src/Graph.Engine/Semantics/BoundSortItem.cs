namespace Graph.Engine.Semantics;

/// <summary>One ORDER BY key.</summary>
internal sealed record BoundSortItem(BoundExpression Expression, bool Descending);
