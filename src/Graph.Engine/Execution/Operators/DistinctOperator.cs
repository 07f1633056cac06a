namespace Graph.Engine.Execution.Operators;

/// <summary>Passes a row only when its values (by equivalence) have not been seen.</summary>
internal sealed class DistinctOperator(Operator input, int[] slots) : Operator
{
    private readonly HashSet<object?[]> _seen = new(KeyComparer.Instance);

    public override bool Pull(Frame frame)
    {
        while (input.Pull(frame))
        {
            frame.Context.Tick();
            var key = new object?[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                key[i] = frame.Slots[slots[i]];
            }

            if (_seen.Add(key))
            {
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        _seen.Clear();
        input.Reset();
    }
}
