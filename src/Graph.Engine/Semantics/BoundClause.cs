namespace Graph.Engine.Semantics;

/// <summary>One bound clause.</summary>
internal abstract record BoundClause;
