namespace Graph.Core.Values;

/// <summary>A node: an entity with labels.</summary>
public abstract class Node : GraphEntity
{
    /// <summary>The labels, in no guaranteed order.</summary>
    public abstract IReadOnlyList<string> Labels { get; }
}
