namespace Graph.Engine.Semantics;

/// <summary>SET items (also REMOVE, bound into null assignments and label removals).</summary>
internal sealed record BoundSet(IReadOnlyList<BoundSetItem> Items) : BoundClause;
