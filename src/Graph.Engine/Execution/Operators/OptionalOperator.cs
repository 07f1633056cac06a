namespace Graph.Engine.Execution.Operators;

/// <summary>OPTIONAL MATCH: for each input row the inner rows, or the input row once with the pattern's new variables null.</summary>
internal sealed class OptionalOperator(Operator input, Operator inner, int[] nullSlots) : Operator
{
    private bool _active;
    private bool _matched;

    public override bool Pull(Frame frame)
    {
        while (true)
        {
            if (!_active)
            {
                if (!input.Pull(frame))
                {
                    return false;
                }

                inner.Reset();
                _active = true;
                _matched = false;
            }

            if (inner.Pull(frame))
            {
                _matched = true;
                return true;
            }

            _active = false;
            if (!_matched)
            {
                foreach (var slot in nullSlots)
                {
                    frame.Slots[slot] = null;
                }

                return true;
            }
        }
    }

    public override void Reset()
    {
        _active = false;
        input.Reset();
    }
}
