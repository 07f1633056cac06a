namespace Graph.Engine.Execution.Operators;

/// <summary>CREATE: for each input row, creates the pattern's new nodes and relationships.</summary>
internal sealed class CreateOperator(Operator input, CompiledPart[] parts) : Operator
{
    public override bool Pull(Frame frame)
    {
        if (!input.Pull(frame))
        {
            return false;
        }

        foreach (var part in parts)
        {
            GraphWriter.Create(frame, part);
        }

        return true;
    }

    public override void Reset() => input.Reset();
}
