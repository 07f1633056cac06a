namespace Graph.Engine.Execution.Operators;

/// <summary>Drops the first rows (count evaluated once per reset).</summary>
internal sealed class SkipOperator(Operator input, Evaluator count) : Operator
{
    private long _toSkip = -1;

    public override bool Pull(Frame frame)
    {
        if (_toSkip < 0)
        {
            _toSkip = LimitOperator.Count(count(frame), "SKIP");
        }

        while (_toSkip > 0)
        {
            if (!input.Pull(frame))
            {
                return false;
            }

            _toSkip--;
        }

        return input.Pull(frame);
    }

    public override void Reset()
    {
        _toSkip = -1;
        input.Reset();
    }
}
