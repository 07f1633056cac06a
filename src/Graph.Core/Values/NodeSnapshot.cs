namespace Graph.Core.Values;

/// <summary>A detached node: what a result carries out of a store.</summary>
public sealed class NodeSnapshot : Node
{
    public NodeSnapshot(long id, string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        ElementId = elementId;
        Labels = labels;
        Properties = properties;
    }

    public override long Id { get; }

    public override string ElementId { get; }

    public override IReadOnlyList<string> Labels { get; }

    public override IReadOnlyDictionary<string, object?> Properties { get; }
}
