namespace Graph.Engine.Ast;

/// <summary>A chain: a node, then relationship-node steps.</summary>
public sealed record AstPatternElement(SourcePosition Position, AstNodePattern Start, IReadOnlyList<AstPatternStep> Steps) : AstNode(Position);
