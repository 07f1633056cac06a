namespace Graph.Core.Errors;

/// <summary>A deleted node or relationship was read, or an id names nothing.</summary>
public sealed class EntityNotFoundException : GraphException
{
    public EntityNotFoundException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.EntityNotFound, message, detail, inner)
    {
    }
}
