namespace Graph.Core.Errors;

/// <summary>A statement that writes was sent on a read-only path.</summary>
public sealed class ForbiddenException : GraphException
{
    public ForbiddenException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.Forbidden, message, detail, inner)
    {
    }
}
