namespace Graph.Engine.Storage;

/// <summary>
/// One version of a node's mutable state. A deleted node's last version is a tombstone
/// (<see cref="Deleted"/>) that keeps the labels and properties it had, so a statement can
/// still return the node it deleted.
/// </summary>
internal sealed class NodeVersion(long begin, int statement, NodeVersion? older, bool deleted, int[] labels, PropertyMap properties)
{
    /// <summary>The commit stamp, or <see cref="Versions.Uncommitted"/>.</summary>
    public long Begin { get; set; } = begin;

    /// <summary>The writing statement's serial while uncommitted: a version made by the running statement may be changed in place.</summary>
    public int Statement { get; } = statement;

    public NodeVersion? Older { get; set; } = older;

    public bool Deleted { get; } = deleted;

    /// <summary>Label tokens, sorted ascending.</summary>
    public int[] Labels { get; set; } = labels;

    public PropertyMap Properties { get; set; } = properties;

    public bool HasLabel(int label) => Array.BinarySearch(Labels, label) >= 0;
}
