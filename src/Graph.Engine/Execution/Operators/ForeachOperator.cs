namespace Graph.Engine.Execution.Operators;

/// <summary>FOREACH: for each input row, runs the inner update plan once per list element, then yields the row.</summary>
internal sealed class ForeachOperator(Operator input, int slot, Evaluator list, Operator inner) : Operator
{
    public override bool Pull(Frame frame)
    {
        if (!input.Pull(frame))
        {
            return false;
        }

        var value = list(frame);
        if (value is null)
        {
            return true;
        }

        var saved = frame.Save();
        foreach (var item in ExpressionCompiler.AsList(value))
        {
            frame.Slots[slot] = item;
            inner.Reset();
            while (inner.Pull(frame))
            {
                frame.Context.Tick();
            }
        }

        frame.Restore(saved);
        return true;
    }

    public override void Reset() => input.Reset();
}
