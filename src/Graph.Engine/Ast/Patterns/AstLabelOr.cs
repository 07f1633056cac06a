namespace Graph.Engine.Ast;

/// <summary>Either label: <c>:A|B</c>.</summary>
public sealed record AstLabelOr(SourcePosition Position, AstLabelExpression Left, AstLabelExpression Right) : AstLabelExpression(Position);
