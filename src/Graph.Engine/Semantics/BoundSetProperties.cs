namespace Graph.Engine.Semantics;

/// <summary>target = map (replace) or target += map (merge).</summary>
internal sealed record BoundSetProperties(BoundExpression Target, BoundExpression Value, bool Merge) : BoundSetItem;
