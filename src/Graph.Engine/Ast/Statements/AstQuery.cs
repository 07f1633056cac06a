namespace Graph.Engine.Ast;

/// <summary>A single query or a union of single queries.</summary>
public abstract record AstQuery(SourcePosition Position) : AstNode(Position);
