namespace Graph.Core.Errors;

/// <summary>The durable store failed to read or write.</summary>
public sealed class StorageException : GraphException
{
    public StorageException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.StorageError, message, detail, inner)
    {
    }
}
