namespace Graph.Engine.Ast;

/// <summary>Not the label: <c>:!A</c>.</summary>
public sealed record AstLabelNot(SourcePosition Position, AstLabelExpression Operand) : AstLabelExpression(Position);
