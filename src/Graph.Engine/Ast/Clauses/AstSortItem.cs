namespace Graph.Engine.Ast;

/// <summary>One ORDER BY key.</summary>
public sealed record AstSortItem(SourcePosition Position, AstExpression Expression, bool Descending) : AstNode(Position);
