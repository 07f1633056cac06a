namespace Graph.Core.Errors;

/// <summary>Integer overflow, division by zero, and other arithmetic faults.</summary>
public sealed class CypherArithmeticException : GraphException
{
    public CypherArithmeticException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.ArithmeticError, message, detail, inner)
    {
    }
}
