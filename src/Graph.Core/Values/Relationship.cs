namespace Graph.Core.Values;

/// <summary>A relationship: a typed, directed entity between two nodes.</summary>
public abstract class Relationship : GraphEntity
{
    /// <summary>The relationship type.</summary>
    public abstract string Type { get; }

    /// <summary>The id of the start node.</summary>
    public abstract long StartId { get; }

    /// <summary>The id of the end node.</summary>
    public abstract long EndId { get; }

    /// <summary>The element id of the start node.</summary>
    public abstract string StartElementId { get; }

    /// <summary>The element id of the end node.</summary>
    public abstract string EndElementId { get; }
}
