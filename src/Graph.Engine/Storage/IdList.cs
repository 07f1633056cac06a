namespace Graph.Engine.Storage;

/// <summary>
/// An append-only list of entity ids that a writer extends while readers iterate: readers take
/// <see cref="Count"/> first, then <see cref="Items"/>.
/// </summary>
internal sealed class IdList
{
    // One slot to start: most property-index buckets (names, ids) hold a single node, and at benchmark scale L
    // there are millions of them; lists that grow double as usual.
    private long[] _items = new long[1];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public long[] Items => Volatile.Read(ref _items);

    public void Add(long id)
    {
        var items = _items;
        if (_count == items.Length)
        {
            var grown = new long[items.Length * 2];
            Array.Copy(items, grown, _count);
            grown[_count] = id;
            Volatile.Write(ref _items, grown);
        }
        else
        {
            items[_count] = id;
        }

        Volatile.Write(ref _count, _count + 1);
    }
}
