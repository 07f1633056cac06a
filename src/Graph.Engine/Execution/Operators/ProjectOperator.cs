namespace Graph.Engine.Execution.Operators;

/// <summary>Evaluates each item into its slot. All items read the input row: they are evaluated before any is written.</summary>
internal sealed class ProjectOperator(Operator input, int[] slots, Evaluator[] items) : Operator
{
    private readonly object?[] _values = new object?[slots.Length];

    public override bool Pull(Frame frame)
    {
        if (!input.Pull(frame))
        {
            return false;
        }

        for (var i = 0; i < items.Length; i++)
        {
            _values[i] = items[i](frame);
        }

        for (var i = 0; i < slots.Length; i++)
        {
            frame.Slots[slots[i]] = _values[i];
        }

        return true;
    }

    public override void Reset() => input.Reset();
}
