using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>UNION [ALL]: each part's rows in turn, its columns copied into the output slots; UNION drops repeated rows.</summary>
internal sealed class UnionOperator(Operator[] parts, int[][] partColumns, int[] columns, bool all) : Operator
{
    private readonly HashSet<object?[]> _seen = new(KeyComparer.Instance);
    private int _part = -1;
    private HeldMemory _held;

    public override bool Pull(Frame frame)
    {
        while (true)
        {
            if (_part < 0)
            {
                _part = 0;
                parts[0].Reset();
            }

            if (_part >= parts.Length)
            {
                return false;
            }

            if (!parts[_part].Pull(frame))
            {
                _part++;
                if (_part < parts.Length)
                {
                    parts[_part].Reset();
                }

                continue;
            }

            var source = partColumns[_part];
            var row = new object?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                row[i] = frame.Slots[source[i]];
            }

            if (!all)
            {
                if (!_seen.Add(row))
                {
                    continue;
                }

                _held.Add(frame.Context.Budget, ValueSize.Row(row));
            }

            for (var i = 0; i < columns.Length; i++)
            {
                frame.Slots[columns[i]] = row[i];
            }

            return true;
        }
    }

    public override void Reset()
    {
        _part = -1;
        _seen.Clear();
        _held.Release();
    }
}
