namespace Graph.Engine.Ast;

/// <summary><c>n {.a, b: 1, c, .*}</c>.</summary>
public sealed record AstMapProjection(SourcePosition Position, AstExpression Target, IReadOnlyList<AstMapProjectionItem> Items) : AstExpression(Position);
