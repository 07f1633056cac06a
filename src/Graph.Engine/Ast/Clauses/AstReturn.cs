namespace Graph.Engine.Ast;

/// <summary>RETURN projection.</summary>
public sealed record AstReturn(SourcePosition Position, AstProjection Projection) : AstClause(Position);
