namespace Graph.Core.Errors;

/// <summary>The single writer slot stayed taken (by another write transaction) for longer than the caller may wait; retrying later may succeed.</summary>
public sealed class LockTimeoutException : GraphException
{
    public LockTimeoutException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.LockAcquisitionTimeout, message, detail, inner)
    {
    }
}
