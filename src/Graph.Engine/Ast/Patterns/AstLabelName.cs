namespace Graph.Engine.Ast;

/// <summary>One label.</summary>
public sealed record AstLabelName(SourcePosition Position, string Name) : AstLabelExpression(Position);
