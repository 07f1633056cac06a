namespace Graph.Engine.Storage;

/// <summary>A relationship slot: the immutable type and endpoints, and the version chain of its properties.</summary>
internal sealed class RelationshipRecord(long id, int type, long start, long end)
{
    private RelationshipVersion? _head;

    public long Id { get; } = id;

    public int Type { get; } = type;

    public long Start { get; } = start;

    public long End { get; } = end;

    public RelationshipVersion? Head
    {
        get => Volatile.Read(ref _head);
        set => Volatile.Write(ref _head, value);
    }

    public RelationshipVersion? At(long snapshot)
    {
        var v = Head;
        while (v is not null && v.Begin > snapshot)
        {
            v = v.Older;
        }

        return v;
    }

    /// <summary>True when the relationship exists, undeleted, at <paramref name="snapshot"/>.</summary>
    public bool IsLiveAt(long snapshot)
    {
        var v = At(snapshot);
        return v is not null && !v.Deleted;
    }
}
