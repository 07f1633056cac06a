namespace Graph.Engine.Storage;

/// <summary>
/// The append-only edges of one node, one direction, one relationship type: an element of the node's group array
/// (<see cref="AdjacencyList.Groups"/>). The writer fills an entry (and publishes a grown array) before it publishes
/// the count; readers read <see cref="Count"/> first, then <see cref="Items"/>, so they never see a torn entry, and
/// they filter entries by the relationship's visibility.
/// </summary>
/// <remarks>
/// A struct inside the group array rather than an object per group: at benchmark scale L there are 7.5 M groups,
/// and the object (32 bytes, plus the 8-byte reference to it) cost 240 MB more than the 16-byte element.
/// Use it in place (<c>groups[i].Count</c>): a copy (<c>foreach</c>) could pair an old array with a newer count.
/// </remarks>
internal struct AdjacencyGroup
{
    private EdgeEntry[] _items;
    private int _count;

    /// <summary>A group that takes <paramref name="items"/> (the first <paramref name="count"/> filled) as its entries.</summary>
    public AdjacencyGroup(int type, EdgeEntry[] items, int count)
    {
        Type = type;
        _items = items;
        _count = count;
    }

    public readonly int Type { get; }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The entries; read <see cref="Count"/> first.</summary>
    public EdgeEntry[] Items => Volatile.Read(ref _items);

    /// <summary>Appends one entry, doubling the array when full. Writer only.</summary>
    public void Add(EdgeEntry entry)
    {
        var items = _items;
        if (_count == items.Length)
        {
            var grown = new EdgeEntry[Math.Max(2, items.Length * 2)];
            Array.Copy(items, grown, _count);
            grown[_count] = entry;
            Volatile.Write(ref _items, grown);
        }
        else
        {
            items[_count] = entry;
        }

        Volatile.Write(ref _count, _count + 1);
    }

    /// <summary>Appends <paramref name="entries"/>, growing the array to exactly the new count (bulk loads: no doubling slack). Writer only.</summary>
    public void AddRange(ReadOnlySpan<EdgeEntry> entries)
    {
        var items = _items;
        var count = _count;
        if (count + entries.Length > items.Length)
        {
            var grown = new EdgeEntry[count + entries.Length];
            Array.Copy(items, grown, count);
            entries.CopyTo(grown.AsSpan(count));
            Volatile.Write(ref _items, grown);
        }
        else
        {
            entries.CopyTo(items.AsSpan(count));
        }

        Volatile.Write(ref _count, count + entries.Length);
    }
}
