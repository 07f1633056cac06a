namespace Graph.Engine.Semantics;

/// <summary><c>IS [NOT] NULL</c>.</summary>
internal sealed record BoundIsNull(BoundExpression Operand, bool Negated) : BoundExpression;
