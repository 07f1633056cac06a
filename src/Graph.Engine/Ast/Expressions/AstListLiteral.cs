namespace Graph.Engine.Ast;

/// <summary><c>[a, b, …]</c>.</summary>
public sealed record AstListLiteral(SourcePosition Position, IReadOnlyList<AstExpression> Items) : AstExpression(Position);
