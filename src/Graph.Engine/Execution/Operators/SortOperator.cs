using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>Reads every input row, sorts them stably by the keys, then yields them in order.</summary>
internal sealed class SortOperator(Operator input, SortKeys keys) : Operator
{
    private List<(object?[] Key, object?[] Row)>? _rows;
    private int _next;
    private HeldMemory _held;

    public override bool Pull(Frame frame)
    {
        if (_rows is null)
        {
            _rows = [];
            while (input.Pull(frame))
            {
                frame.Context.Tick();
                var entry = (keys.Evaluate(frame), frame.Save());
                _held.Add(frame.Context.Budget, ValueSize.Row(entry.Item1) + ValueSize.Row(entry.Item2));
                _rows.Add(entry);
            }

            // List.Sort is unstable; the index tie-break keeps input order for equal keys.
            var indexed = _rows.Select((r, i) => (r.Key, r.Row, Index: i)).ToList();
            var budget = frame.Context.Budget;
            try
            {
                indexed.Sort((a, b) =>
                {
                    // Sorting a million rows takes n log n comparisons: each one reads the deadline too.
                    budget.Check();
                    var c = keys.Compare(a.Key, b.Key);
                    return c != 0 ? c : a.Index.CompareTo(b.Index);
                });
            }
            catch (InvalidOperationException e)
            {
                SortKeys.ThrowStatementError(e);
                throw;
            }
            _rows = [.. indexed.Select(x => (x.Key, x.Row))];
        }

        if (_next >= _rows.Count)
        {
            return false;
        }

        frame.Restore(_rows[_next++].Row);
        return true;
    }

    public override void Reset()
    {
        _rows = null;
        _next = 0;
        _held.Release();
        input.Reset();
    }
}
