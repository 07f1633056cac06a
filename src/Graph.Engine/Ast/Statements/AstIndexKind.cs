namespace Graph.Engine.Ast;

/// <summary>The kinds of index Neo4j's syntax names.</summary>
public enum AstIndexKind
{
    Range,
    Text,
    Point,
    Lookup,
    Fulltext,
}
