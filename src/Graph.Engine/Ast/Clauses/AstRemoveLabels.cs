namespace Graph.Engine.Ast;

/// <summary>REMOVE n:A:B.</summary>
public sealed record AstRemoveLabels(SourcePosition Position, AstExpression Target, IReadOnlyList<string> Labels) : AstRemoveItem(Position);
