namespace Graph.Engine.Storage;

/// <summary>
/// The append-only edges of one node, one direction, one relationship type. The writer fills an
/// entry before publishing the count; readers read the count first, so they never see a torn
/// entry, and they filter entries by the relationship's visibility.
/// </summary>
internal sealed class TypedEdgeList(int type)
{
    private EdgeEntry[] _items = new EdgeEntry[2];
    private int _count;

    public int Type { get; } = type;

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
}
