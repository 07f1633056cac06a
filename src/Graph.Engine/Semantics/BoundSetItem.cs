namespace Graph.Engine.Semantics;

/// <summary>One assignment.</summary>
internal abstract record BoundSetItem;
