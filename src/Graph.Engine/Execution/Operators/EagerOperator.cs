namespace Graph.Engine.Execution.Operators;

/// <summary>Reads all input rows (copies of the frame) before yielding the first.</summary>
internal sealed class EagerOperator(Operator input) : Operator
{
    private List<object?[]>? _rows;
    private int _next;

    public override bool Pull(Frame frame)
    {
        if (_rows is null)
        {
            _rows = [];
            while (input.Pull(frame))
            {
                frame.Context.Tick();
                _rows.Add(frame.Save());
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
        input.Reset();
    }
}
