namespace Graph.Engine.Ast;

/// <summary><c>-[r:A|B*1..3 {k: v} WHERE …]-&gt;</c>. <paramref name="Types"/> are alternatives; empty means any type. <paramref name="Length"/> is null for a single hop.</summary>
public sealed record AstRelationshipPattern(
    SourcePosition Position,
    string? Variable,
    IReadOnlyList<string> Types,
    AstDirection Direction,
    AstRange? Length,
    AstExpression? Properties,
    AstExpression? Where) : AstNode(Position);
