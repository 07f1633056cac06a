namespace Graph.Engine.Ast;

/// <summary>A sequence of clauses, in order.</summary>
public sealed record AstSingleQuery(SourcePosition Position, IReadOnlyList<AstClause> Clauses) : AstQuery(Position);
