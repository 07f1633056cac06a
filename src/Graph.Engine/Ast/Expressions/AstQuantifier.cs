namespace Graph.Engine.Ast;

/// <summary><c>all(x IN list WHERE pred)</c> and its siblings.</summary>
public sealed record AstQuantifier(SourcePosition Position, AstQuantifierKind Kind, string Variable, AstExpression List, AstExpression? Where) : AstExpression(Position);
