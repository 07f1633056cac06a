namespace Graph.Engine.Execution.Operators;

/// <summary>Reads every input row, sorts them stably by the keys, then yields them in order.</summary>
internal sealed class SortOperator(Operator input, SortKeys keys) : Operator
{
    private List<(object?[] Key, object?[] Row)>? _rows;
    private int _next;

    public override bool Pull(Frame frame)
    {
        if (_rows is null)
        {
            _rows = [];
            while (input.Pull(frame))
            {
                frame.Context.Tick();
                _rows.Add((keys.Evaluate(frame), frame.Save()));
            }

            // List.Sort is unstable; the index tie-break keeps input order for equal keys.
            var indexed = _rows.Select((r, i) => (r.Key, r.Row, Index: i)).ToList();
            indexed.Sort((a, b) =>
            {
                var c = keys.Compare(a.Key, b.Key);
                return c != 0 ? c : a.Index.CompareTo(b.Index);
            });
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
        input.Reset();
    }
}
