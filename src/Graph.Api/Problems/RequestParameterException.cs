using Graph.Core.Errors;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Problems;

/// <summary>A query-string, route or body value the caller got wrong; answered 400 naming <see cref="Parameter"/>.</summary>
public sealed class RequestParameterException : GraphException
{
    public RequestParameterException(string parameter, string message)
        : base(Codes.RequestInvalid, $"Parameter '{parameter}': {message}")
    {
        Parameter = parameter;
    }

    public string Parameter { get; }
}
