using Graph.Core.Errors;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Problems;

/// <summary>A request body over <c>Graph:MaxRequestBodyBytes</c>; answered 413 before the body is parsed.</summary>
public sealed class RequestTooLargeException : GraphException
{
    public RequestTooLargeException(long limit)
        : base(Codes.RequestInvalid, $"The request body is larger than the limit of {limit} bytes.")
    {
        Limit = limit;
    }

    public long Limit { get; }
}
