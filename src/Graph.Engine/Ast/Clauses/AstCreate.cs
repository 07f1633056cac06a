namespace Graph.Engine.Ast;

/// <summary>CREATE pattern.</summary>
public sealed record AstCreate(SourcePosition Position, AstPattern Pattern) : AstClause(Position);
