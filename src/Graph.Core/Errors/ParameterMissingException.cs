namespace Graph.Core.Errors;

/// <summary>A statement names a parameter the caller did not supply.</summary>
public sealed class ParameterMissingException : GraphException
{
    public ParameterMissingException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.ParameterMissing, message, detail, inner)
    {
    }
}
