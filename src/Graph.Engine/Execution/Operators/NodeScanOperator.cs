using Graph.Engine.Storage;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Every visible node, or every node with a label (from the label index, re-checked on the
/// visible version). The id range or candidate list is fixed when a scan starts, so nodes the
/// statement creates later are not scanned.
/// </summary>
internal sealed class NodeScanOperator(Operator input, int slot, string? label, TokenResolver tokens, ScanPartition? partition = null) : Operator
{
    private bool _active;
    private long _next;
    private long _limit;
    private long[]? _ids;
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

                Start(tx);
            }

            while (_next < _limit)
            {
                frame.Context.Tick();
                var id = _ids is null ? _next : _ids[_next];
                _next++;
                var record = tx.NodeRecord(id);
                if (record is null)
                {
                    continue;
                }

                var v = tx.NodeState(record);
                if (v is null || v.Deleted || (_ids is not null && !v.HasLabel(_token)))
                {
                    continue;
                }

                frame.Slots[slot] = new LiveNode(tx, record);
                return true;
            }

            _active = false;
        }
    }

    private void Start(StoreTransaction tx)
    {
        _active = true;
        _next = 0;
        _ids = null;
        if (label is null)
        {
            _limit = tx.NodeLimit;
            return;
        }

        _token = tokens.Label(label);
        var candidates = _token < 0 ? null : tx.LabelCandidates(_token);
        if (candidates is null)
        {
            _limit = 0;
            return;
        }

        _limit = candidates.Count;
        _ids = candidates.Items;
        if (partition is { } p)
        {
            // Contiguous parts in candidate order: concatenated, they are the serial scan.
            var count = Math.Min(_limit, p.Candidates);
            _next = count * p.Part / p.Parts;
            _limit = count * (p.Part + 1) / p.Parts;
        }
    }

    public override void Reset()
    {
        _active = false;
        input.Reset();
    }
}
