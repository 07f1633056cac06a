using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// ORDER BY … LIMIT n: keeps the n first rows in key order in a sorted buffer while reading
/// (a row that sorts after a full buffer's last is dropped without being copied), then yields them.
/// Ties keep input order, as a stable sort would.
/// </summary>
internal sealed class TopOperator(Operator input, SortKeys keys, Evaluator limit, bool drain) : Operator
{
    private List<Entry>? _rows;
    private int _next;
    private HeldMemory _held;

    public override bool Pull(Frame frame)
    {
        if (_rows is null)
        {
            Fill(frame);
        }

        if (_next >= _rows!.Count)
        {
            return false;
        }

        frame.Restore(_rows[_next++].Row!);
        return true;
    }

    private void Fill(Frame frame)
    {
        var n = LimitOperator.Count(limit(frame), "LIMIT");
        _rows = [];
        if (n == 0 && drain)
        {
            LimitOperator.Drain(input, frame);
        }

        var comparer = Comparer<Entry>.Create((a, b) =>
        {
            var c = keys.Compare(a.Key, b.Key);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        long index = 0;
        while (n > 0 && input.Pull(frame))
        {
            frame.Context.Tick();
            var entry = new Entry(keys.Evaluate(frame), null, index++);
            if (_rows.Count == n && comparer.Compare(entry, _rows[^1]) >= 0)
            {
                continue;
            }

            entry = entry with { Row = frame.Save() };
            _held.Add(frame.Context.Budget, Size(entry));
            int at;
            try
            {
                at = _rows.BinarySearch(entry, comparer);
            }
            catch (InvalidOperationException e)
            {
                SortKeys.ThrowStatementError(e);
                throw;
            }

            _rows.Insert(at < 0 ? ~at : at, entry);
            if (_rows.Count > n)
            {
                _held.Add(frame.Context.Budget, -Size(_rows[^1]));
                _rows.RemoveAt(_rows.Count - 1);
            }
        }
    }

    public override void Reset()
    {
        _rows = null;
        _next = 0;
        _held.Release();
        input.Reset();
    }

    private static long Size(Entry entry) => ValueSize.Row(entry.Key) + ValueSize.Row(entry.Row!);

    private sealed record Entry(object?[] Key, object?[]? Row, long Index);
}
