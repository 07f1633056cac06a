namespace Graph.Core.Errors;

/// <summary>A database file that is not ours or is damaged; it is never overwritten.</summary>
public sealed class CorruptStoreException : GraphException
{
    public CorruptStoreException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.CorruptStore, message, detail, inner)
    {
    }
}
