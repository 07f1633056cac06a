namespace Graph.Engine.Ast;

/// <summary>SHOW [ALL|RANGE|FULLTEXT|…] INDEXES or SHOW CONSTRAINTS, optionally followed by YIELD/WHERE/RETURN clauses applied to its rows.</summary>
public sealed record AstShowSchema(SourcePosition Position, bool Constraints, string? Filter, IReadOnlyList<AstClause> Rest) : AstStatement(Position);
