namespace Graph.Engine.Ast;

/// <summary><c>target.key</c>.</summary>
public sealed record AstProperty(SourcePosition Position, AstExpression Target, string Key) : AstExpression(Position);
