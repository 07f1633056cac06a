namespace Graph.Engine.Ast;

/// <summary>A variable reference.</summary>
public sealed record AstVariable(SourcePosition Position, string Name) : AstExpression(Position);
