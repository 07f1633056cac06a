namespace Graph.Engine.Execution.Operators;

/// <summary>SET / REMOVE: applies each item to each input row, in order.</summary>
internal sealed class SetOperator(Operator input, CompiledSetItem[] items) : Operator
{
    public override bool Pull(Frame frame)
    {
        if (!input.Pull(frame))
        {
            return false;
        }

        foreach (var item in items)
        {
            GraphWriter.Set(frame, item);
        }

        return true;
    }

    public override void Reset() => input.Reset();
}
