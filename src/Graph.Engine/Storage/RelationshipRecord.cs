namespace Graph.Engine.Storage;

/// <summary>
/// A handle on a relationship slot: the immutable type and endpoints, and the version chain of its properties,
/// all kept in the store's <see cref="RelationshipSlots"/> arrays.
/// </summary>
/// <remarks>
/// A handle rather than an object per relationship: at benchmark scale L (9.3 M relationships) the objects cost
/// 40 bytes each plus an 8-byte slot and two 16-byte adjacency entries holding references to them (80 bytes and
/// three references the collector traces per relationship); parallel arrays and int adjacency entries take 36.
/// Two handles on the same slot are equal.
/// </remarks>
internal readonly struct RelationshipRecord : IEquatable<RelationshipRecord>
{
    private readonly GraphStore _store;
    private readonly int _id;

    internal RelationshipRecord(GraphStore store, int id)
    {
        _store = store;
        _id = id;
    }

    public long Id => _id;

    public int Type => _store.RelationshipTable.Types[_id];

    public long Start => _store.RelationshipTable.Starts[_id];

    public long End => _store.RelationshipTable.Ends[_id];

    /// <summary>The newest version; setting it is for the writer only.</summary>
    public RelationshipVersion? Head
    {
        get => Volatile.Read(ref _store.RelationshipTable.Heads[_id]);
        set => Volatile.Write(ref _store.RelationshipTable.Heads[_id], value);
    }

    public RelationshipVersion? At(long snapshot) => RelationshipSlots.At(Head, snapshot);

    /// <summary>True when the relationship exists, undeleted, at <paramref name="snapshot"/>.</summary>
    public bool IsLiveAt(long snapshot)
    {
        var v = At(snapshot);
        return v is not null && !v.Deleted;
    }

    public bool Equals(RelationshipRecord other) => _id == other._id && ReferenceEquals(_store, other._store);

    public override bool Equals(object? obj) => obj is RelationshipRecord other && Equals(other);

    public override int GetHashCode() => _id;

    public static bool operator ==(RelationshipRecord left, RelationshipRecord right) => left.Equals(right);

    public static bool operator !=(RelationshipRecord left, RelationshipRecord right) => !left.Equals(right);
}
