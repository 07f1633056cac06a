namespace Graph.Engine.Storage;

/// <summary>
/// The relationship slots as parallel arrays (struct of arrays), published as one object so a reader never pairs
/// one generation's type array with another's heads. Growing copies every array into a new
/// <see cref="RelationshipSlots"/> and publishes it; the writer then writes only into the published one. A reader
/// still holding the previous one may see a stale head, but only for versions written after it took the arrays,
/// which its snapshot does not see anyway; old versions are unlinked only when no reader is active.
/// </summary>
/// <remarks>
/// Separate arrays rather than one array of structs: a struct of a reference and three ints pads to 24 bytes
/// where the arrays take 20, and the collector scans only the dense heads array for references.
/// </remarks>
internal sealed class RelationshipSlots(int capacity)
{
    public int[] Types { get; } = new int[capacity];

    public int[] Starts { get; } = new int[capacity];

    public int[] Ends { get; } = new int[capacity];

    /// <summary>Each slot's newest version (null: allocated but never created, or rolled back).</summary>
    public RelationshipVersion?[] Heads { get; } = new RelationshipVersion?[capacity];

    public int Capacity => Heads.Length;

    /// <summary>A copy with room for <paramref name="capacity"/> slots, holding the first <paramref name="count"/>.</summary>
    public RelationshipSlots Grow(int capacity, int count)
    {
        var grown = new RelationshipSlots(capacity);
        Array.Copy(Types, grown.Types, count);
        Array.Copy(Starts, grown.Starts, count);
        Array.Copy(Ends, grown.Ends, count);
        Array.Copy(Heads, grown.Heads, count);
        return grown;
    }

    /// <summary>The newest version in the chain from <paramref name="head"/> stamped at most <paramref name="snapshot"/>.</summary>
    public static RelationshipVersion? At(RelationshipVersion? head, long snapshot)
    {
        var v = head;
        while (v is not null && v.Begin > snapshot)
        {
            v = v.Older;
        }

        return v;
    }
}
