namespace Graph.Engine.Storage;

/// <summary>
/// A node slot: its id, its version chain (newest first) and its adjacency. The adjacency is
/// append-only and shared by all versions; traversals check each relationship's visibility.
/// A node created by a rolled-back statement keeps its slot with a null <see cref="Head"/>.
/// </summary>
internal sealed class NodeRecord(long id)
{
    private NodeVersion? _head;

    public long Id { get; } = id;

    public NodeVersion? Head
    {
        get => Volatile.Read(ref _head);
        set => Volatile.Write(ref _head, value);
    }

    // The packed adjacency arrays (see AdjacencyList); empty ones are the shared empty array.
    private EdgeEntry[] _outgoing = [];
    private EdgeEntry[] _incoming = [];

    public AdjacencyList Outgoing => new(this, outgoing: true);

    public AdjacencyList Incoming => new(this, outgoing: false);

    /// <summary>The field holding one direction's packed adjacency (read it with <see cref="Volatile"/>).</summary>
    internal ref EdgeEntry[] Edges(bool outgoing) => ref outgoing ? ref _outgoing : ref _incoming;

    /// <summary>The newest version stamped at most <paramref name="snapshot"/>, tombstones included.</summary>
    public NodeVersion? At(long snapshot)
    {
        var v = Head;
        while (v is not null && v.Begin > snapshot)
        {
            v = v.Older;
        }

        return v;
    }
}
