namespace Graph.Core.Errors;

/// <summary>A value of the wrong type, at compile time or at run time.</summary>
public sealed class CypherTypeException : GraphException
{
    public CypherTypeException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.TypeError, message, detail, inner)
    {
    }
}
