namespace Graph.Core.Errors;

/// <summary>
/// A value (a list or map inside lists or maps) nests more deeply than the engine walks: refused with this error
/// instead of overflowing the thread's stack, which would end the process.
/// </summary>
public sealed class ValueTooDeepException : GraphException
{
    public ValueTooDeepException(string message)
        : base(StatusCodes.ValueTooDeep, message)
    {
    }
}
