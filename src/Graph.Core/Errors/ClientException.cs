namespace Graph.Core.Errors;

/// <summary>
/// An error reported with an explicit Neo4j code that has no dedicated type here,
/// e.g. one mapped from a Neo4j server response.
/// </summary>
public sealed class ClientException : GraphException
{
    public ClientException(string code, string message, string? detail = null, Exception? inner = null)
        : base(code, message, detail, inner)
    {
    }
}
