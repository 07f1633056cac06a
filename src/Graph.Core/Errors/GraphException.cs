namespace Graph.Core.Errors;

/// <summary>
/// The root of every error a store reports. <see cref="Code"/> is a Neo4j status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>, …) so both stores report the same codes;
/// the API maps codes onto problem details in one place.
/// </summary>
public abstract class GraphException : Exception
{
    protected GraphException(string code, string message, string? detail = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Detail = detail;
    }

    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Statement.SemanticError</c>.</summary>
    public string Code { get; }

    /// <summary>
    /// A finer-grained reason in the openCypher TCK's vocabulary (<c>UndefinedVariable</c>,
    /// <c>VariableTypeConflict</c>, <c>InvalidArgumentType</c>, …) where one applies.
    /// </summary>
    public string? Detail { get; }

    /// <summary>True when retrying the same work may succeed (<c>Neo.TransientError.*</c>).</summary>
    public virtual bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
