namespace Graph.Core.Errors;

/// <summary>A value of the right type but out of range or otherwise invalid for its function or clause.</summary>
public sealed class CypherArgumentException : GraphException
{
    public CypherArgumentException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.ArgumentError, message, detail, inner)
    {
    }
}
