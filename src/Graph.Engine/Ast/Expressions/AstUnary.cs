namespace Graph.Engine.Ast;

/// <summary>A prefix operator applied to an operand.</summary>
public sealed record AstUnary(SourcePosition Position, AstUnaryOperator Operator, AstExpression Operand) : AstExpression(Position);
