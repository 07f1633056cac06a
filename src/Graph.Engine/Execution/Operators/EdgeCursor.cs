using Graph.Engine.Ast;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Walks one node's visible relationships of the wanted types in a direction (both: outgoing
/// then incoming, a self-loop only once). Counts are taken when the walk starts, so
/// relationships created during the walk are not visited. A struct: expansions allocate nothing.
/// </summary>
internal struct EdgeCursor
{
    private AdjacencyGroup[]? _out;
    private AdjacencyGroup[]? _in;
    private int[]? _types;
    private int _group;
    private int _index;
    private int _count;
    private bool _incoming;
    private EdgeEntry[]? _items;
    private long _self;

    public void Start(NodeRecord node, AstDirection direction, int[]? types)
    {
        _out = direction == AstDirection.Incoming ? null : node.Outgoing.Groups;
        _in = direction == AstDirection.Outgoing ? null : node.Incoming.Groups;
        _types = types;
        _group = -1;
        _index = 0;
        _count = 0;
        _items = null;
        _incoming = _out is null;
        _self = node.Id;
    }

    /// <summary>The next visible relationship; false when done.</summary>
    public bool Next(StoreTransaction tx, out Edge edge)
    {
        while (true)
        {
            while (_items is not null && _index < _count)
            {
                var entry = _items[_index++];

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

    private bool NextGroup()
    {
        while (true)
        {
            var groups = _incoming ? _in : _out;
            _group++;
            if (groups is not null && _group < groups.Length)
            {
                if (_types is not null && Array.IndexOf(_types, groups[_group].Type) < 0)
                {
                    continue;
                }

                _count = groups[_group].Count;
                _items = groups[_group].Items;
                _index = 0;
                return true;
            }

            if (_incoming || _in is null)
            {
                _items = null;
                return false;
            }

            _incoming = true;
            _group = -1;
        }
    }
}
