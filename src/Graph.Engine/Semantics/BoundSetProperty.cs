namespace Graph.Engine.Semantics;

/// <summary>target.key = value (null removes).</summary>
internal sealed record BoundSetProperty(BoundExpression Target, string Key, BoundExpression Value) : BoundSetItem;
