namespace Graph.Engine.Execution.Operators;

/// <summary>
/// CALL { … }: for each input row, the inner rows. A unit subquery runs its inner plan to the
/// end for its effects and yields the input row once (the inner plan may overwrite only its
/// own slots, so the row survives).
/// </summary>
internal sealed class ApplyOperator(Operator input, Operator inner, bool unit) : Operator
{
    private bool _active;

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
                if (unit)
                {
                    var saved = frame.Save();
                    while (inner.Pull(frame))
                    {
                        frame.Context.Tick();
                    }

                    frame.Restore(saved);
                    return true;
                }

                _active = true;
            }

            if (inner.Pull(frame))
            {
                return true;
            }

            _active = false;
        }
    }

    public override void Reset()
    {
        _active = false;
        input.Reset();
    }
}
