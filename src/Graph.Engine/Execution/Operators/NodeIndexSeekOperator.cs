using Graph.Engine.Planning;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Nodes from a property index: an exact value, every string key with a prefix, or every value of a list. Candidates
/// are re-checked (label, visibility) and de-duplicated; the filter above re-checks the value.
/// A value the index cannot hold (a list, a map) falls back to the label's nodes.
/// </summary>
internal sealed class NodeIndexSeekOperator(Operator input, int slot, string label, string key, Evaluator value, IndexSeekKind kind, TokenResolver tokens) : Operator
{
    private readonly List<long> _ids = [];
    private readonly HashSet<long> _seen = [];
    private bool _active;
    private int _next;
    private int _token;

    public override bool Pull(Frame frame)
    {
        var tx = frame.Context.Transaction;
        while (true)
        {
            if (!_active)
            {
                if (!input.Pull(frame))
                {
                    return false;
                }

                Start(tx, value(frame));
            }

            while (_next < _ids.Count)
            {
                frame.Context.Tick();
                var id = _ids[_next++];
                var record = tx.NodeRecord(id);
                var v = record is null ? null : tx.NodeState(record);
                if (v is null || v.Deleted || !v.HasLabel(_token) || !_seen.Add(id))
                {
                    continue;
                }

                frame.Slots[slot] = new LiveNode(tx, record!);
                return true;
            }

            _active = false;
        }
    }

    private void Start(StoreTransaction tx, object? probe)
    {
        _active = true;
        _next = 0;
        _ids.Clear();
        _seen.Clear();
        _token = tokens.Label(label);
        var keyToken = tokens.Key(key);
        if (_token < 0 || probe is null)
        {
            return;
        }

        var index = keyToken < 0 ? null : tx.Schema.FindIndex(_token, keyToken);
        var usable = kind switch
        {
            IndexSeekKind.Prefix => probe is string,
            IndexSeekKind.In => probe is System.Collections.IEnumerable and not string,
            _ => PropertyIndex.IsIndexable(probe),
        };
        if (index is null || !usable)
        {
            Add(tx.LabelCandidates(_token));
            return;
        }

        if (kind == IndexSeekKind.In)
        {
            foreach (var item in (System.Collections.IEnumerable)probe)
            {
                if (!PropertyIndex.IsIndexable(item))
                {
                    if (item is not null)
                    {
                        // A list or map element can only match by a scan.
                        _ids.Clear();
                        Add(tx.LabelCandidates(_token));
                        return;
                    }

                    continue;
                }

                Add(index.Seek(item));
            }
        }
        else if (kind == IndexSeekKind.Prefix)
        {
            foreach (var bucket in index.SeekPrefix((string)probe))
            {
                Add(bucket);
            }
        }
        else
        {
            Add(index.Seek(probe));
        }
    }

    private void Add(IdList? list)
    {
        if (list is null)
        {
            return;
        }

        var count = list.Count;
        var items = list.Items;
        for (var i = 0; i < count; i++)
        {
            _ids.Add(items[i]);
        }
    }

    public override void Reset()
    {
        _active = false;
        input.Reset();
    }
}
