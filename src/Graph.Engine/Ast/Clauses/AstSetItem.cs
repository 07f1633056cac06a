namespace Graph.Engine.Ast;

/// <summary>One assignment of SET, ON CREATE SET or ON MATCH SET.</summary>
public abstract record AstSetItem(SourcePosition Position) : AstNode(Position);
