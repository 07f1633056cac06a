namespace Graph.Core.Errors;

/// <summary>A procedure is unknown, or was called with the wrong arguments, or failed.</summary>
public sealed class ProcedureException : GraphException
{
    public ProcedureException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.ProcedureCallFailed, message, detail, inner)
    {
    }
}
