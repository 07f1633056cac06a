namespace Graph.Engine.Ast;

/// <summary>Both labels: <c>:A:B</c> or <c>:A&amp;B</c>.</summary>
public sealed record AstLabelAnd(SourcePosition Position, AstLabelExpression Left, AstLabelExpression Right) : AstLabelExpression(Position);
