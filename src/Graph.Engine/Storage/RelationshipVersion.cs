namespace Graph.Engine.Storage;

/// <summary>One version of a relationship's mutable state (its properties, or its deletion).</summary>
internal sealed class RelationshipVersion(long begin, int statement, RelationshipVersion? older, bool deleted, PropertyMap properties)
{
    public long Begin { get; set; } = begin;

    public int Statement { get; } = statement;

    public RelationshipVersion? Older { get; set; } = older;

    public bool Deleted { get; } = deleted;

    public PropertyMap Properties { get; set; } = properties;
}
