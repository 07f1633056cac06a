namespace Graph.Engine.Ast;

/// <summary><c>$name</c> or <c>$0</c>.</summary>
public sealed record AstParameter(SourcePosition Position, string Name) : AstExpression(Position);
