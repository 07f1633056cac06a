namespace Graph.Engine.Execution.Operators;

/// <summary>PROFILE: counts the rows an operator produced.</summary>
internal sealed class ProfilingOperator(Operator inner) : Operator
{
    public long Rows { get; private set; }

    public override bool Pull(Frame frame)
    {
        if (!inner.Pull(frame))
        {
            return false;
        }

        Rows++;
        return true;
    }

    public override void Reset() => inner.Reset();
}
