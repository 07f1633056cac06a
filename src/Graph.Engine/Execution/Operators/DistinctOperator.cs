using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>Passes a row only when its values (by equivalence) have not been seen.</summary>
internal sealed class DistinctOperator(Operator input, int[] slots) : Operator
{
    private readonly HashSet<object?[]> _seen = new(KeyComparer.Instance);
    private HeldMemory _held;

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
                _held.Add(frame.Context.Budget, ValueSize.Row(key));
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        _seen.Clear();
        _held.Release();
        input.Reset();
    }
}
