namespace Graph.Engine.Ast;

/// <summary><c>[p = (a)--&gt;(b) WHERE pred | projection]</c>.</summary>
public sealed record AstPatternComprehension(SourcePosition Position, string? PathVariable, AstPatternElement Pattern, AstExpression? Where, AstExpression Projection) : AstExpression(Position);
