namespace Graph.Engine.Semantics;

/// <summary>CREATE pattern.</summary>
internal sealed record BoundCreate(IReadOnlyList<BoundPatternPart> Parts) : BoundClause;
