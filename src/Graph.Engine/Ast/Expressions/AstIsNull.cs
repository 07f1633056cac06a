namespace Graph.Engine.Ast;

/// <summary><c>x IS NULL</c>, or <c>x IS NOT NULL</c> when <paramref name="Negated"/>.</summary>
public sealed record AstIsNull(SourcePosition Position, AstExpression Operand, bool Negated) : AstExpression(Position);
