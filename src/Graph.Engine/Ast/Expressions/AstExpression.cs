namespace Graph.Engine.Ast;

/// <summary>An expression.</summary>
public abstract record AstExpression(SourcePosition Position) : AstNode(Position);
