namespace Graph.Core.Errors;

/// <summary>A statement that parses but means nothing valid: unbound or rebound variables, misplaced aggregation, …</summary>
public sealed class CypherSemanticException : GraphException
{
    public CypherSemanticException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.SemanticError, message, detail, inner)
    {
    }
}
