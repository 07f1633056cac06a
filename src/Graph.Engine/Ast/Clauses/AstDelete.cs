namespace Graph.Engine.Ast;

/// <summary>[DETACH] DELETE expression, ….</summary>
public sealed record AstDelete(SourcePosition Position, IReadOnlyList<AstExpression> Targets, bool Detach) : AstClause(Position);
