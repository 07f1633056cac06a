namespace Graph.Engine.Ast;

/// <summary><c>(n:A:B {k: v} WHERE …)</c>. <paramref name="Labels"/> is null when no label is written. <paramref name="Properties"/> is a map literal or a parameter.</summary>
public sealed record AstNodePattern(
    SourcePosition Position,
    string? Variable,
    AstLabelExpression? Labels,
    AstExpression? Properties,
    AstExpression? Where) : AstNode(Position);
