namespace Graph.Engine.Ast;

/// <summary>One hop of a chain: the relationship and the node it leads to.</summary>
public sealed record AstPatternStep(AstRelationshipPattern Relationship, AstNodePattern Node);
