namespace Graph.Core.Errors;

/// <summary>A statement ran past its time limit and was stopped.</summary>
public sealed class QueryTimeoutException : GraphException
{
    public QueryTimeoutException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.TransactionTimedOut, message, detail, inner)
    {
    }
}
