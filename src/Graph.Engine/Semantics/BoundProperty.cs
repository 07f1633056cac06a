namespace Graph.Engine.Semantics;

/// <summary><c>target.key</c> on a node, relationship, map, temporal or point value.</summary>
internal sealed record BoundProperty(BoundExpression Target, string Key) : BoundExpression;
