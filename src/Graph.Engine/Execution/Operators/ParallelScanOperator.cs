namespace Graph.Engine.Execution.Operators;

/// <summary>
/// The input of a sort or top (operators that read all their input first) when it is a large label scan under
/// expansions, projections and filters: run in partitions on all cores (<see cref="PartitionedScan"/>), its rows
/// yielded in partition order, which is the serial order. A small label or a write transaction runs the serial tree.
/// </summary>
internal sealed class ParallelScanOperator(Operator serial, PartitionedScan partitions) : Operator
{
    private List<object?[]>[]? _rows;
    private bool _serial;
    private int _part;
    private int _next;

    public override bool Pull(Frame frame)
    {
        if (_rows is null && !_serial)
        {
            _serial = !partitions.Worthwhile(frame.Context);
            if (!_serial)
            {
                _rows = partitions.Run(frame);
            }
        }

        if (_serial)
        {
            return serial.Pull(frame);
        }

        while (_part < _rows!.Length)
        {
            var rows = _rows[_part];
            if (_next < rows.Count)
            {
                frame.Restore(rows[_next++]);
                return true;
            }

            _part++;
            _next = 0;
        }

        return false;
    }

    public override void Reset()
    {
        _rows = null;
        _serial = false;
        _part = 0;
        _next = 0;
        serial.Reset();
    }
}
