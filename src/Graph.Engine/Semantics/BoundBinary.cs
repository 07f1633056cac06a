using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>An infix operator.</summary>
internal sealed record BoundBinary(AstBinaryOperator Operator, BoundExpression Left, BoundExpression Right) : BoundExpression;
