namespace Graph.Engine.Ast;

/// <summary>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:L) REQUIRE n.p IS UNIQUE (or (n.a, n.b) IS NODE KEY, IS NOT NULL, IS :: TYPE).</summary>
public sealed record AstCreateConstraint(
    SourcePosition Position,
    string? Name,
    AstConstraintKind Kind,
    bool IfNotExists,
    AstSchemaEntityKind EntityKind,
    string Variable,
    string Label,
    IReadOnlyList<string> Properties,
    string? PropertyType) : AstStatement(Position);
