namespace Graph.Core.Errors;

/// <summary>A statement that does not parse. Carries the 1-based line and column of the fault.</summary>
public sealed class CypherSyntaxException : GraphException
{
    public CypherSyntaxException(string message, int line, int column, int offset, string? detail = null)
        : base(StatusCodes.SyntaxError, $"{message} (line {line}, column {column} (offset: {offset}))", detail)
    {
        Line = line;
        Column = column;
        Offset = offset;
    }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>0-based character offset into the statement.</summary>
    public int Offset { get; }
}
