namespace Graph.Core.Values;

/// <summary>
/// A path: nodes[0], rels[0], nodes[1], … with <c>Nodes.Count == Relationships.Count + 1</c>.
/// A relationship may point either way along the path; compare its <see cref="Relationship.StartId"/>
/// with the node before it to know which.
/// </summary>
public sealed class GraphPath : IEquatable<GraphPath>
{
    public GraphPath(IReadOnlyList<Node> nodes, IReadOnlyList<Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        if (nodes.Count != relationships.Count + 1)
        {
            throw new ArgumentException("A path has one more node than relationships.", nameof(nodes));
        }

        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<Node> Nodes { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    /// <summary>The number of relationships.</summary>
    public int Length => Relationships.Count;

    public bool Equals(GraphPath? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override bool Equals(object? obj) => Equals(obj as GraphPath);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var node in Nodes)
        {
            hash.Add(node.Id);
        }

        return hash.ToHashCode();
    }
}
