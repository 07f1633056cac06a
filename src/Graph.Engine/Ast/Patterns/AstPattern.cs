namespace Graph.Engine.Ast;

/// <summary>A comma-separated list of pattern parts.</summary>
public sealed record AstPattern(SourcePosition Position, IReadOnlyList<AstPatternPart> Parts) : AstNode(Position);
