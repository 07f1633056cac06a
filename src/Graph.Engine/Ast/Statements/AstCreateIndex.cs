namespace Graph.Engine.Ast;

/// <summary>CREATE [RANGE|TEXT|POINT|FULLTEXT] INDEX [name] [IF NOT EXISTS] FOR (n:L) ON (n.p, …) / FOR (n:A|B) ON EACH [n.p, …] [OPTIONS {…}]. <paramref name="Labels"/> holds one label, or several alternatives for full-text.</summary>
public sealed record AstCreateIndex(
    SourcePosition Position,
    string? Name,
    AstIndexKind Kind,
    bool IfNotExists,
    AstSchemaEntityKind EntityKind,
    string Variable,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Properties,
    AstExpression? Options) : AstStatement(Position);
