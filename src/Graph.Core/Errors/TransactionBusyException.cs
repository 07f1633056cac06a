namespace Graph.Core.Errors;

/// <summary>
/// A request reached a transaction while another request of the same transaction was still running in it. The
/// transaction is untouched; the caller may send the request again once the first one has answered.
/// </summary>
public sealed class TransactionBusyException : GraphException
{
    public TransactionBusyException(string message = "There is already a request running in this transaction; requests in one transaction run one at a time.", Exception? inner = null)
        : base(StatusCodes.TransactionAccessedConcurrently, message, null, inner)
    {
    }
}
