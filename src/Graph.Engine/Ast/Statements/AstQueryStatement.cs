namespace Graph.Engine.Ast;

/// <summary>A query (read or write clauses, possibly a UNION), with its EXPLAIN/PROFILE prefix.</summary>
public sealed record AstQueryStatement(SourcePosition Position, AstQuery Query, AstQueryPrefix Prefix) : AstStatement(Position);
