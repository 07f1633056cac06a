using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>A prefix operator.</summary>
internal sealed record BoundUnary(AstUnaryOperator Operator, BoundExpression Operand) : BoundExpression;
