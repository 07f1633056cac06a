using System.Text.Json;
using Graph.Engine.Ast;
using Graph.Engine.Storage;

namespace Graph.Engine.Sqlite.Format;

/// <summary>
/// The spelling of schema rules in the file. Kinds are written as fixed words (not enum numbers or names),
/// so renaming an engine enum cannot silently change the format; name lists are JSON arrays of strings.
/// </summary>
internal static class SchemaCodec
{
    private static readonly (AstIndexKind Kind, string Text)[] IndexKinds =
    [
        (AstIndexKind.Range, "range"),
        (AstIndexKind.Text, "text"),
        (AstIndexKind.Point, "point"),
        (AstIndexKind.Lookup, "lookup"),
        (AstIndexKind.Fulltext, "fulltext"),
    ];

    private static readonly (AstConstraintKind Kind, string Text)[] ConstraintKinds =
    [
        (AstConstraintKind.Unique, "unique"),
        (AstConstraintKind.NodeKey, "node_key"),
        (AstConstraintKind.NotNull, "not_null"),
        (AstConstraintKind.PropertyType, "property_type"),
    ];

    private static readonly (AstSchemaEntityKind Kind, string Text)[] EntityKinds =
    [
        (AstSchemaEntityKind.Node, "node"),
        (AstSchemaEntityKind.Relationship, "relationship"),
    ];

    public static string Text(AstIndexKind kind) => Lookup(IndexKinds, kind);

    public static string Text(AstConstraintKind kind) => Lookup(ConstraintKinds, kind);

    public static string Text(AstSchemaEntityKind kind) => Lookup(EntityKinds, kind);

    public static AstIndexKind IndexKind(string text) => Parse(IndexKinds, text, "index kind");

    public static AstConstraintKind ConstraintKind(string text) => Parse(ConstraintKinds, text, "constraint kind");

    public static AstSchemaEntityKind EntityKind(string text) => Parse(EntityKinds, text, "entity kind");

    public static string Names(IReadOnlyList<string> names) => JsonSerializer.Serialize(names, SchemaJson.Default.IReadOnlyListString);

    public static IReadOnlyList<string> Names(string json) =>
        JsonSerializer.Deserialize(json, SchemaJson.Default.IReadOnlyListString) ?? throw new FormatException("A name list is null.");

    /// <summary>
    /// The live structure an index needs, chosen as the engine chooses when it creates one
    /// (<see cref="StoreTransaction.CreateIndex"/>): a property index for single-label, single-property node
    /// range/text indexes, a full-text index for node full-text indexes. The round-trip tests pin that they agree.
    /// </summary>
    public static IndexDescriptor WithLiveStructure(IndexDescriptor index, GraphStore store)
    {
        if (index.EntityKind != AstSchemaEntityKind.Node)
        {
            return index;
        }

        if (index.Kind is AstIndexKind.Range or AstIndexKind.Text && index.LabelsOrTypes.Count == 1 && index.Properties.Count == 1)
        {
            return index with { Property = new PropertyIndex(store.Labels.GetOrAdd(index.LabelsOrTypes[0]), store.Keys.GetOrAdd(index.Properties[0])) };
        }

        if (index.Kind == AstIndexKind.Fulltext)
        {
            return index with
            {
                FullText = new FullTextIndex(
                    index.Name,
                    [.. index.LabelsOrTypes.Select(store.Labels.GetOrAdd).Order()],
                    [.. index.Properties.Select(store.Keys.GetOrAdd)]),
            };
        }

        return index;
    }

    private static string Lookup<T>((T Kind, string Text)[] table, T kind)
        where T : struct, Enum
    {
        foreach (var entry in table)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Kind, kind))
            {
                return entry.Text;
            }
        }

        throw new InvalidOperationException($"The format has no spelling for {kind}.");
    }

    private static T Parse<T>((T Kind, string Text)[] table, string text, string what)
    {
        foreach (var entry in table)
        {
            if (string.Equals(entry.Text, text, StringComparison.Ordinal))
            {
                return entry.Kind;
            }
        }

        throw new FormatException($"Unknown {what} '{text}'.");
    }
}
