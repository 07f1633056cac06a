namespace Graph.Engine.Storage;

/// <summary>
/// The append-only edges of one node, one direction, one relationship type. The writer fills an
/// entry before publishing the count; readers read the count first, so they never see a torn
/// entry, and they filter entries by the relationship's visibility.
/// </summary>
internal sealed class TypedEdgeList
{
    private EdgeEntry[] _items;
    private int _count;

    public TypedEdgeList(int type)
    {
        Type = type;
        _items = new EdgeEntry[2];
    }

    /// <summary>A list that takes <paramref name="items"/> (all filled) as its entries: bulk loads size it exactly.</summary>
    public TypedEdgeList(int type, EdgeEntry[] items)
    {
        Type = type;
        _items = items;
        _count = items.Length;
    }

    public int Type { get; }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The entries; read <see cref="Count"/> first.</summary>
    public EdgeEntry[] Items => Volatile.Read(ref _items);

    public void Add(EdgeEntry entry)
    {
        var items = _items;
        if (_count == items.Length)
        {
            var grown = new EdgeEntry[items.Length * 2];
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

    /// <summary>Appends <paramref name="entries"/>, growing the array to exactly the new count (bulk loads: no doubling slack).</summary>
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
