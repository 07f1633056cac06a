namespace Graph.Engine.Ast;

/// <summary>A relationship pattern used as an expression, e.g. <c>WHERE (a)--&gt;(b)</c>: true when it matches.</summary>
public sealed record AstPatternExpression(SourcePosition Position, AstPatternElement Pattern) : AstExpression(Position);
