namespace Graph.Engine.Ast;

/// <summary><c>EXISTS { … }</c>, <c>COUNT { … }</c>, <c>COLLECT { … }</c>. The short form <c>EXISTS { (a)--&gt;(b) WHERE … }</c> is parsed into a MATCH query.</summary>
public sealed record AstSubqueryExpression(SourcePosition Position, AstSubqueryKind Kind, AstQuery Query) : AstExpression(Position);
