namespace Graph.Engine.Semantics;

/// <summary>One hop of a chain.</summary>
internal sealed record BoundPatternStep(BoundRelationshipPattern Relationship, BoundNodePattern Node);
