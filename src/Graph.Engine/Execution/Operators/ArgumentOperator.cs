namespace Graph.Engine.Execution.Operators;

/// <summary>The leaf: the frame's current row, once per reset.</summary>
internal sealed class ArgumentOperator : Operator
{
    private bool _done;

    public override bool Pull(Frame frame)
    {
        if (_done)
        {
            return false;
        }

        _done = true;
        return true;
    }

    public override void Reset() => _done = false;
}
