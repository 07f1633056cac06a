namespace Graph.Engine.Execution;

/// <summary>
/// The pull contract every physical operator follows.
/// <list type="bullet">
/// <item><see cref="Pull"/> produces the next row by writing the operator's variables into the
/// frame (after pulling its input as needed) and returns true; false when exhausted, after which
/// the frame's contents are unspecified and further calls keep returning false until
/// <see cref="Reset"/>.</item>
/// <item><see cref="Reset"/> rewinds the operator and its inputs so the next pull starts over
/// against the frame's current outer row (apply, optional and subquery use this per outer row).</item>
/// <item>Operators own no resources beyond memory, so there is no close step; loops call
/// <see cref="QueryContext.Tick"/> for cancellation and time limits.</item>
/// </list>
/// </summary>
internal abstract class Operator
{
    public abstract bool Pull(Frame frame);

    public abstract void Reset();
}
