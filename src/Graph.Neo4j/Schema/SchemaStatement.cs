namespace Graph.Neo4j.Schema;

/// <summary>One idempotent schema statement (<c>IF NOT EXISTS</c>) and the name of what it creates.</summary>
public sealed record SchemaStatement(string Name, string Cypher);
