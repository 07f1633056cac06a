namespace Graph.Engine.Ast;

/// <summary><c>[x IN list WHERE pred | projection]</c>.</summary>
public sealed record AstListComprehension(SourcePosition Position, string Variable, AstExpression List, AstExpression? Where, AstExpression? Projection) : AstExpression(Position);
