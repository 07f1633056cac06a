using Graph.Engine.Ast;

namespace Graph.Engine.Storage;

/// <summary>A constraint as SHOW CONSTRAINTS describes it; uniqueness and node keys own a backing index.</summary>
internal sealed record ConstraintDescriptor(
    long Id,
    string Name,
    AstConstraintKind Kind,
    AstSchemaEntityKind EntityKind,
    string Label,
    IReadOnlyList<string> Properties,
    string? PropertyType,
    string? OwnedIndex)
{
    public string TypeName => (Kind, EntityKind) switch
    {
        (AstConstraintKind.Unique, AstSchemaEntityKind.Node) => "UNIQUENESS",
        (AstConstraintKind.Unique, _) => "RELATIONSHIP_UNIQUENESS",
        (AstConstraintKind.NodeKey, AstSchemaEntityKind.Node) => "NODE_KEY",
        (AstConstraintKind.NodeKey, _) => "RELATIONSHIP_KEY",
        (AstConstraintKind.NotNull, AstSchemaEntityKind.Node) => "NODE_PROPERTY_EXISTENCE",
        (AstConstraintKind.NotNull, _) => "RELATIONSHIP_PROPERTY_EXISTENCE",
        (_, AstSchemaEntityKind.Node) => "NODE_PROPERTY_TYPE",
        _ => "RELATIONSHIP_PROPERTY_TYPE",
    };
}
