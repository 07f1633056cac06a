using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>Reads all input rows (copies of the frame) before yielding the first.</summary>
internal sealed class EagerOperator(Operator input) : Operator
{
    private List<object?[]>? _rows;
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
                var row = frame.Save();
                _held.Add(frame.Context.Budget, ValueSize.Row(row));
                _rows.Add(row);
            }
        }

        if (_next >= _rows.Count)
        {
            return false;
        }

        frame.Restore(_rows[_next++]);
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
