namespace Graph.Core.Values;

/// <summary>
/// A node or relationship as a Cypher value. Two entities are equal when they are of the same
/// kind and have the same <see cref="Id"/>. The embedded engine supplies live implementations
/// that read the current transaction's state; <see cref="NodeSnapshot"/> and
/// <see cref="RelationshipSnapshot"/> are the detached forms that cross process boundaries.
/// </summary>
public abstract class GraphEntity
{
    /// <summary>The internal numeric id (Cypher's <c>id()</c>).</summary>
    public abstract long Id { get; }

    /// <summary>The element id (Cypher's <c>elementId()</c>), opaque to callers.</summary>
    public abstract string ElementId { get; }

    /// <summary>The properties; keys are ordinal strings, values are Cypher values.</summary>
    public abstract IReadOnlyDictionary<string, object?> Properties { get; }

    public override bool Equals(object? obj) =>
        obj is GraphEntity other && (this is Node) == (other is Node) && other.Id == Id;

    public override int GetHashCode() => HashCode.Combine(this is Node, Id);
}
