namespace Graph.Engine.Ast;

/// <summary>One clause of a single query.</summary>
public abstract record AstClause(SourcePosition Position) : AstNode(Position);
