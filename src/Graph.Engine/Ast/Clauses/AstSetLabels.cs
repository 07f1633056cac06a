namespace Graph.Engine.Ast;

/// <summary>SET n:A:B.</summary>
public sealed record AstSetLabels(SourcePosition Position, AstExpression Target, IReadOnlyList<string> Labels) : AstSetItem(Position);
