namespace Graph.Engine.Semantics;

/// <summary>A map literal.</summary>
internal sealed record BoundMap(IReadOnlyList<KeyValuePair<string, BoundExpression>> Entries) : BoundExpression;
