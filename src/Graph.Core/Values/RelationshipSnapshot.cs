namespace Graph.Core.Values;

/// <summary>A detached relationship: what a result carries out of a store.</summary>
public sealed class RelationshipSnapshot : Relationship
{
    public RelationshipSnapshot(
        long id,
        string elementId,
        string type,
        long startId,
        string startElementId,
        long endId,
        string endElementId,
        IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        ElementId = elementId;
        Type = type;
        StartId = startId;
        StartElementId = startElementId;
        EndId = endId;
        EndElementId = endElementId;
        Properties = properties;
    }

    public override long Id { get; }

    public override string ElementId { get; }

    public override string Type { get; }

    public override long StartId { get; }

    public override long EndId { get; }

    public override string StartElementId { get; }

    public override string EndElementId { get; }

    public override IReadOnlyDictionary<string, object?> Properties { get; }
}
