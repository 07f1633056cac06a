namespace Graph.Engine.Ast;

/// <summary>A whole statement as sent by a caller.</summary>
public abstract record AstStatement(SourcePosition Position) : AstNode(Position);
