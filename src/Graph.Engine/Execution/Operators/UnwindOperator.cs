namespace Graph.Engine.Execution.Operators;

/// <summary>UNWIND: one row per element; null gives no rows, a non-list value one row.</summary>
internal sealed class UnwindOperator(Operator input, Evaluator list, int slot) : Operator
{
    private IReadOnlyList<object?>? _items;
    private int _next;

    public override bool Pull(Frame frame)
    {
        while (true)
        {
            if (_items is not null && _next < _items.Count)
            {
                frame.Context.Tick();
                frame.Slots[slot] = _items[_next++];
                return true;
            }

            if (!input.Pull(frame))
            {
                return false;
            }

            _next = 0;
            _items = list(frame) switch
            {
                null => [],
                string s => [s],
                System.Collections.IEnumerable e => ExpressionCompiler.AsList(e),
                var single => [single],
            };
        }
    }

    public override void Reset()
    {
        _items = null;
        input.Reset();
    }
}
