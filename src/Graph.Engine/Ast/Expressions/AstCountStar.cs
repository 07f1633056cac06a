namespace Graph.Engine.Ast;

/// <summary><c>count(*)</c>.</summary>
public sealed record AstCountStar(SourcePosition Position) : AstExpression(Position);
