using Graph.Engine.Ast;

namespace Graph.Engine.Storage;

/// <summary>
/// An index as SHOW INDEXES describes it. <see cref="Property"/> is the live structure for a
/// single-property node index (the only shape the planner seeks); <see cref="FullText"/> for a
/// full-text index; other shapes are kept as schema only.
/// </summary>
internal sealed record IndexDescriptor(
    long Id,
    string Name,
    AstIndexKind Kind,
    AstSchemaEntityKind EntityKind,
    IReadOnlyList<string> LabelsOrTypes,
    IReadOnlyList<string> Properties,
    string? OwningConstraint)
{
    public PropertyIndex? Property { get; init; }

    public FullTextIndex? FullText { get; init; }

    public string TypeName => Kind switch
    {
        AstIndexKind.Range => "RANGE",
        AstIndexKind.Text => "TEXT",
        AstIndexKind.Point => "POINT",
        AstIndexKind.Lookup => "LOOKUP",
        _ => "FULLTEXT",
    };

    public string Provider => Kind switch
    {
        AstIndexKind.Range => "range-1.0",
        AstIndexKind.Text => "text-2.0",
        AstIndexKind.Point => "point-1.0",
        AstIndexKind.Lookup => "token-lookup-1.0",
        _ => "fulltext-1.0",
    };
}
