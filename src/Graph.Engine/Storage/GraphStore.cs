using Graph.Core.Errors;

namespace Graph.Engine.Storage;

/// <summary>
/// The in-memory graph: dense arrays of node and relationship slots, token tables, the label
/// index and the schema. One writer at a time (a semaphore), any number of readers, each reading
/// the versions stamped at or before the commit it started after (multi-version records).
/// Slots and adjacency are append-only, so readers never lock.
/// </summary>
internal sealed class GraphStore : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private NodeRecord?[] _nodes = new NodeRecord?[1024];
    private RelationshipSlots _relationships = new(1024);
    private long _nodeCount;
    private long _relationshipCount;
    private long _lastCommitted;
    private int _activeReaders;
    private SchemaState _schema = SchemaState.Initial;

    public TokenTable Labels { get; } = new();

    public TokenTable Types { get; } = new();

    public TokenTable Keys { get; } = new();

    public LabelIndex LabelIndex { get; } = new();

    /// <summary>Receives every committed change set before the commit becomes visible (durability hook for a later issue).</summary>
    public Action<ChangeSet>? CommitHook { get; set; }

    public long LastCommitted => Volatile.Read(ref _lastCommitted);

    public SchemaState Schema => Volatile.Read(ref _schema);

    /// <summary>One past the highest node id ever allocated.</summary>
    public long NodeLimit => Volatile.Read(ref _nodeCount);

    public long RelationshipLimit => Volatile.Read(ref _relationshipCount);

    public NodeRecord? Node(long id)
    {
        var nodes = Volatile.Read(ref _nodes);
        return (ulong)id < (ulong)nodes.Length ? nodes[id] : null;
    }

    public RelationshipRecord? Relationship(long id) =>
        (ulong)id < (ulong)RelationshipLimit ? new RelationshipRecord(this, (int)id) : null;

    /// <summary>The handle on an allocated slot (an id from an adjacency entry), unchecked.</summary>
    public RelationshipRecord RelationshipAt(int id) => new(this, id);

    /// <summary>The slot arrays; read the limit first (the writer fills a slot before it publishes the limit).</summary>
    internal RelationshipSlots RelationshipTable => Volatile.Read(ref _relationships);

    public StoreTransaction BeginRead()
    {
        Interlocked.Increment(ref _activeReaders);
        return new StoreTransaction(this, LastCommitted, writable: false);
    }

    public StoreTransaction BeginWrite(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!_writer.Wait(timeout, cancellationToken))
        {
            throw WriterBusy(timeout);
        }

        return new StoreTransaction(this, LastCommitted, writable: true);
    }

    public async Task<StoreTransaction> BeginWriteAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await _writer.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            throw WriterBusy(timeout);
        }

        return new StoreTransaction(this, LastCommitted, writable: true);
    }

    public void Dispose() => _writer.Dispose();

    // Transient, so clients retry: the writer frees when the transaction holding it ends (or idles out at the API).
    private static LockTimeoutException WriterBusy(TimeSpan waited) =>
        new(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"Waited {waited.TotalSeconds:0.###} s for the write lock and gave up: another write transaction is running. Retry later."));

    internal void EndRead() => Interlocked.Decrement(ref _activeReaders);

    internal void EndWrite() => _writer.Release();

    internal bool HasActiveReaders => Volatile.Read(ref _activeReaders) > 0;

    internal NodeRecord AllocateNode()
    {
        var id = _nodeCount;
        var record = new NodeRecord(id);
        if (id == _nodes.Length)
        {
            var grown = new NodeRecord?[_nodes.Length * 2];
            Array.Copy(_nodes, grown, _nodes.Length);
            Volatile.Write(ref _nodes, grown);
        }

        _nodes[id] = record;
        Volatile.Write(ref _nodeCount, id + 1);
        return record;
    }

    internal RelationshipRecord AllocateRelationship(int type, long start, long end)
    {
        var id = checked((int)_relationshipCount);
        var slots = _relationships;
        if (id == slots.Capacity)
        {
            slots = slots.Grow(checked(slots.Capacity * 2), id);
            Volatile.Write(ref _relationships, slots);
        }

        slots.Types[id] = type;
        slots.Starts[id] = checked((int)start);
        slots.Ends[id] = checked((int)end);
        Volatile.Write(ref _relationshipCount, id + 1);
        return new RelationshipRecord(this, id);
    }

    /// <summary>
    /// Grows the node slot array to hold every id below <paramref name="limit"/>, exactly: a bulk load knows its final
    /// size, and doubling would leave up to half the array empty (and copy it on the way).
    /// </summary>
    internal void ReserveNodeSlots(long limit) => Reserve(ref _nodes, limit);

    internal void ReserveRelationshipSlots(long limit)
    {
        if (limit > _relationships.Capacity)
        {
            Volatile.Write(ref _relationships, _relationships.Grow(checked((int)limit), (int)_relationshipCount));
        }
    }

    internal void Publish(long stamp, SchemaState schema)
    {
        Volatile.Write(ref _schema, schema);
        Volatile.Write(ref _lastCommitted, stamp);
    }

    private static void Reserve<T>(ref T?[] slots, long limit)
        where T : class
    {
        if (limit > slots.Length)
        {
            var grown = new T?[checked((int)limit)];
            Array.Copy(slots, grown, slots.Length);
            Volatile.Write(ref slots, grown);
        }
    }
}
