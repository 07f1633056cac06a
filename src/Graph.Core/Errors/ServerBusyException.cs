namespace Graph.Core.Errors;

/// <summary>Every statement worker is busy and the queue in front of them is full: the statement was not started; retrying later may succeed.</summary>
public sealed class ServerBusyException : GraphException
{
    public ServerBusyException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.NoThreadsAvailable, message, detail, inner)
    {
    }
}
