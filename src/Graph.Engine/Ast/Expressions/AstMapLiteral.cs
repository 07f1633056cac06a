namespace Graph.Engine.Ast;

/// <summary><c>{k: v, …}</c>; keys in written order.</summary>
public sealed record AstMapLiteral(SourcePosition Position, IReadOnlyList<AstMapEntry> Entries) : AstExpression(Position);
