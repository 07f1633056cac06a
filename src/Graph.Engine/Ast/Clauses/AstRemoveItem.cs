namespace Graph.Engine.Ast;

/// <summary>One item of REMOVE.</summary>
public abstract record AstRemoveItem(SourcePosition Position) : AstNode(Position);
