namespace Graph.Engine.Ast;

/// <summary>A clause that is valid Cypher but that the embedded engine does not run (LOAD CSV, USE, …); later stages refuse it with a message naming <paramref name="Feature"/>.</summary>
public sealed record AstUnsupportedClause(SourcePosition Position, string Feature) : AstClause(Position);
