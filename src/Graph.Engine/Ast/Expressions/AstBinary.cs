namespace Graph.Engine.Ast;

/// <summary>An infix operator applied to two operands.</summary>
public sealed record AstBinary(SourcePosition Position, AstBinaryOperator Operator, AstExpression Left, AstExpression Right) : AstExpression(Position);
