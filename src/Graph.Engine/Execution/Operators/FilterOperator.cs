namespace Graph.Engine.Execution.Operators;

/// <summary>Passes the input rows whose predicate is true.</summary>
internal sealed class FilterOperator(Operator input, Func<Frame, bool> predicate) : Operator
{
    public override bool Pull(Frame frame)
    {
        while (input.Pull(frame))
        {
            frame.Context.Tick();
            if (predicate(frame))
            {
                return true;
            }
        }

        return false;
    }

    public override void Reset() => input.Reset();
}
