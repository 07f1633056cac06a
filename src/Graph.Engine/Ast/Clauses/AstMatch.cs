namespace Graph.Engine.Ast;

/// <summary>MATCH or OPTIONAL MATCH with its WHERE.</summary>
public sealed record AstMatch(SourcePosition Position, bool Optional, AstPattern Pattern, AstExpression? Where) : AstClause(Position);
