namespace Graph.Engine.Ast;

/// <summary>WITH projection [WHERE predicate].</summary>
public sealed record AstWith(SourcePosition Position, AstProjection Projection, AstExpression? Where) : AstClause(Position);
