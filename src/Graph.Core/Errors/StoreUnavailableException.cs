namespace Graph.Core.Errors;

/// <summary>The store cannot be reached now; retrying may succeed.</summary>
public sealed class StoreUnavailableException : GraphException
{
    public StoreUnavailableException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.TransientUnavailable, message, detail, inner)
    {
    }
}
