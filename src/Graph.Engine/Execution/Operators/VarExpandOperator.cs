using Graph.Core.Errors;
using Graph.Engine.Ast;
using Graph.Engine.Storage;
using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Variable-length expansion by depth-first search: every path of min..max hops from the start
/// node with no relationship twice (and none already bound by the same MATCH), each binding the
/// relationship list and the end node. An optional per-hop predicate sees the hop's
/// relationship in a scratch slot.
/// </summary>
internal sealed class VarExpandOperator(
    Operator input,
    int from,
    int relationships,
    int to,
    IReadOnlyList<string> types,
    AstDirection direction,
    long min,
    long? max,
    bool into,
    int[] unique,
    int scratch,
    Func<Frame, bool>? predicate,
    TokenResolver tokens,
    bool reversed,
    bool bindList) : Operator
{
    private readonly List<RelationshipRecord> _path = [];
    private EdgeCursor[] _cursors = new EdgeCursor[8];
    private int[]? _types;
    private int[]? _typeCache;
    private int _depth = -1;
    private bool _pop;
    private bool _zero;
    private LiveNode? _start;
    private long _target;

    public override bool Pull(Frame frame)
    {
        var tx = frame.Context.Transaction;
        while (true)
        {
            if (_depth < 0)
            {
                if (!input.Pull(frame))
                {
                    return false;
                }

                Start(frame, tx);
                continue;
            }

            if (_zero)
            {
                _zero = false;
                if (!into || _start!.Id == _target)
                {
                    Emit(frame, tx, _start!.Record);
                    return true;
                }
            }

            if (_pop)
            {
                _path.RemoveAt(_path.Count - 1);
                _pop = false;
            }

            frame.Context.Tick();
            if (!_cursors[_depth].Next(tx, out var entry))
            {
                if (_depth == 0)
                {
                    _depth = -1;
                }
                else
                {
                    _path.RemoveAt(_path.Count - 1);
                    _depth--;
                }

                continue;
            }

            var rel = entry.Relationship;
            if (_path.Contains(rel) || (unique.Length > 0 && !Uniqueness.IsFree(rel.Id, frame.Slots, unique)))
            {
                continue;
            }

            if (predicate is not null)
            {
                frame.Slots[scratch] = new LiveRelationship(tx, rel);
                if (!predicate(frame))
                {
                    continue;
                }
            }

            _path.Add(rel);
            var length = _path.Count;
            var deeper = max is null || length < max;
            if (deeper)
            {
                if (length == _cursors.Length)
                {
                    Array.Resize(ref _cursors, length * 2);
                }

                _cursors[length].Start(tx.NodeRecord(entry.Other)!, direction, _types);
                _depth = length;
            }

            if (length >= min && (!into || entry.Other == _target))
            {
                _pop = !deeper;
                Emit(frame, tx, tx.NodeRecord(entry.Other)!);
                return true;
            }

            if (!deeper)
            {
                _path.RemoveAt(_path.Count - 1);
            }
        }
    }

    private void Start(Frame frame, StoreTransaction tx)
    {
        _path.Clear();
        _pop = false;
        var node = frame.Slots[from];
        if (node is null)
        {
            return;
        }

        _start = node as LiveNode ?? throw new CypherTypeException($"Type mismatch: expected Node but was {ValueTypes.TypeName(node)}", "InvalidArgumentType");
        if (into)
        {
            if (frame.Slots[to] is not LiveNode target)
            {
                return;
            }

            _target = target.Id;
        }

        _types = types.Count == 0 ? null : TypeTokens.Cached(ref _typeCache, types, tokens);
        _zero = min == 0;
        if (max is 0)
        {
            // Only the zero-length path: a cursor that is already exhausted.
            _cursors[0].Start(_start.Record, direction, [-1]);
        }
        else
        {
            _cursors[0].Start(_start.Record, direction, _types);
        }

        _depth = 0;
    }

    private void Emit(Frame frame, StoreTransaction tx, NodeRecord end)
    {
        if (!into)
        {
            frame.Slots[to] = new LiveNode(tx, end);
        }

        if (!bindList)
        {
            return;
        }

        var list = new List<object?>(_path.Count);
        foreach (var r in _path)
        {
            list.Add(new LiveRelationship(tx, r));
        }

        if (reversed)
        {
            list.Reverse();
        }

        frame.Slots[relationships] = list;
    }

    public override void Reset()
    {
        _depth = -1;
        _zero = false;
        input.Reset();
    }
}
