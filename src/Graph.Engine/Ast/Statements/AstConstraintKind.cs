namespace Graph.Engine.Ast;

/// <summary>The kinds of constraint Neo4j's syntax names.</summary>
public enum AstConstraintKind
{
    Unique,
    NodeKey,
    NotNull,
    PropertyType,
}
