namespace Graph.Engine.Execution.Operators;

/// <summary>[DETACH] DELETE: deletes each target of each input row; null targets are ignored.</summary>
internal sealed class DeleteOperator(Operator input, Evaluator[] targets, bool detach) : Operator
{
    public override bool Pull(Frame frame)
    {
        if (!input.Pull(frame))
        {
            return false;
        }

        foreach (var target in targets)
        {
            GraphWriter.Delete(frame, target(frame), detach);
        }

        return true;
    }

    public override void Reset() => input.Reset();
}
