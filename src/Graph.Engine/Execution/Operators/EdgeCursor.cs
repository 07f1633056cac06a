using Graph.Engine.Ast;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Walks one node's visible relationships of the wanted types in a direction (both: outgoing
/// then incoming, a self-loop only once). The adjacency arrays are taken when the walk starts and each group's
/// count when the walk reaches it (see <see cref="AdjacencyList"/>). A struct: expansions allocate nothing.
/// </summary>
internal struct EdgeCursor
{
    private EdgeEntry[]? _out;
    private EdgeEntry[]? _in;
    private int[]? _types;
    private bool _incoming;
    private EdgeEntry[]? _entries;
    private int _groupsLeft;
    private int _header;
    private int _index;
    private int _end;
    private long _self;

    public void Start(NodeRecord node, AstDirection direction, int[]? types)
    {
        _out = direction == AstDirection.Incoming ? null : node.Outgoing.Entries;
        _in = direction == AstDirection.Outgoing ? null : node.Incoming.Entries;
        _types = types;
        _incoming = _out is null;
        _self = node.Id;
        Begin(_incoming ? _in : _out);
    }

    /// <summary>The next visible relationship; false when done.</summary>
    public bool Next(StoreTransaction tx, out Edge edge)
    {
        while (true)
        {
            while (_index < _end)
            {
                var entry = _entries![_index++];

                // A self-loop is in both lists; on the incoming side its other end is the node itself.
                if (_incoming && _out is not null && entry.Other == _self)
                {
                    continue;
                }

                var rel = tx.Store.RelationshipAt(entry.Relationship);
                if (tx.IsLive(rel))
                {
                    edge = new Edge(rel, entry.Other);
                    return true;
                }
            }

            if (!NextGroup())
            {
                edge = default;
                return false;
            }
        }
    }

    private void Begin(EdgeEntry[]? entries)
    {
        _entries = entries;
        _groupsLeft = entries is null ? 0 : AdjacencyList.GroupCount(entries);
        _header = AdjacencyList.FirstGroup;
        _index = 0;
        _end = 0;
    }

    private bool NextGroup()
    {
        while (true)
        {
            if (_groupsLeft > 0)
            {
                _groupsLeft--;
                var entries = _entries!;
                var header = _header;
                var count = AdjacencyList.CountAt(entries, header);
                _header = AdjacencyList.NextHeader(entries, header, count);
                if (_types is not null && Array.IndexOf(_types, AdjacencyList.TypeAt(entries, header)) < 0)
                {
                    continue;
                }

                _index = header + 1;
                _end = header + 1 + count;
                return true;
            }

            if (_incoming || _in is null)
            {
                return false;
            }

            _incoming = true;
            Begin(_in);
        }
    }
}
