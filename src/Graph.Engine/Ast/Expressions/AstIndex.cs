namespace Graph.Engine.Ast;

/// <summary><c>target[index]</c>: a list element or a map/entity key.</summary>
public sealed record AstIndex(SourcePosition Position, AstExpression Target, AstExpression Index) : AstExpression(Position);
