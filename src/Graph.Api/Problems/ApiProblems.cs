using Graph.Core.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Http = Microsoft.AspNetCore.Http.StatusCodes;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Problems;

/// <summary>
/// The one place that turns errors into RFC 7807 problem details: every problem the service sends — from the
/// exception handler, from an endpoint's expected outcome (unknown id), from auth, from status-code pages — is
/// built here, with the Neo4j status code in the <c>code</c> extension. Nothing here ever carries a stack trace.
/// </summary>
public static class ApiProblems
{
    /// <summary>The HTTP status for a Neo4j status code: the table the API is pinned to (see ApiProblemsTests).</summary>
    public static int StatusFor(string code) => code switch
    {
        Codes.EntityNotFound or Codes.DatabaseNotFound or Codes.TransactionNotFound => Http.Status404NotFound,
        Codes.ConstraintValidationFailed or Codes.ConstraintCreationFailed or Codes.EquivalentSchemaRuleAlreadyExists => Http.Status409Conflict,
        Codes.Terminated => Http.Status409Conflict,
        Codes.Unauthorized => Http.Status401Unauthorized,
        Codes.Forbidden or AccessModeCode => Http.Status403Forbidden,

        // The store did not answer in time: the service is a gateway to it, so 504, and never 408, which clients may retry blindly.
        Codes.TransactionTimedOut => Http.Status504GatewayTimeout,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Http.Status503ServiceUnavailable,
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => Http.Status400BadRequest,
        _ => Http.Status500InternalServerError,
    };

    /// <summary>
    /// How long a client should wait before retrying, sent as <c>Retry-After</c>: for transient errors (a full
    /// statement queue, a writer held by another transaction, a store that is not available), which retrying after a
    /// short pause may cure; null for the rest, which a retry would only repeat.
    /// </summary>
    public static TimeSpan? RetryAfter(Exception exception) =>
        exception is GraphException { IsTransient: true } ? TimeSpan.FromSeconds(1) : null;

    /// <summary>Neo4j's code for a write sent with <c>accessMode: READ</c>.</summary>
    public const string AccessModeCode = "Neo.ClientError.Statement.AccessMode";

    /// <summary>The code given to problems that start as a bare status (unknown route, wrong method, …).</summary>
    public static string CodeForStatus(int status) => status switch
    {
        Http.Status401Unauthorized => Codes.Unauthorized,
        Http.Status403Forbidden => Codes.Forbidden,
        Http.Status415UnsupportedMediaType => Codes.InvalidFormat,
        Http.Status503ServiceUnavailable => Codes.TransientUnavailable,
        >= 500 => Codes.StorageError,
        _ => Codes.RequestInvalid,
    };

    /// <summary>Status and problem for any exception; unknown exceptions become a 500 whose detail names only the trace id.</summary>
    public static ProblemDetails FromException(Exception exception, string traceId) => exception switch
    {
        RequestTooLargeException e => Create(Http.Status413PayloadTooLarge, e.Code, e.Message, ("limit", e.Limit)),
        RequestParameterException e => Create(Http.Status400BadRequest, e.Code, e.Message, ("parameter", e.Parameter)),
        CypherSyntaxException e => Create(StatusFor(e.Code), e.Code, e.Message, ("line", e.Line), ("column", e.Column), ("offset", e.Offset)),
        GraphException e => Create(StatusFor(e.Code), e.Code, e.Message, ("reason", e.Detail)),
        BadHttpRequestException e => Create(e.StatusCode, CodeForStatus(e.StatusCode), e.Message),
        OperationCanceledException => Create(499, Codes.Terminated, "The request was cancelled."),
        _ => Create(Http.Status500InternalServerError, Codes.StorageError, $"An internal error occurred; it is logged under trace id {traceId}."),
    };

    /// <summary>An unknown id: an expected outcome, returned by endpoints as a value.</summary>
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(Create(Http.Status404NotFound, Codes.EntityNotFound, $"No {what} with id '{id}'.", ("id", (object?)id)));

    /// <summary>No credentials on a write.</summary>
    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(Create(Http.Status401Unauthorized, Codes.Unauthorized, detail));

    /// <summary>Credentials that do not allow the request.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(Create(Http.Status403Forbidden, Codes.Forbidden, detail));

    /// <summary>A seed that does not validate: 422 with its problems.</summary>
    public static ProblemHttpResult InvalidSeed(IReadOnlyList<string> problems) =>
        TypedResults.Problem(Create(Http.Status422UnprocessableEntity, Codes.RequestInvalid, "The seed does not validate; nothing was loaded.", ("problems", (object?)problems)));

    /// <summary>Adds the code (when missing) to problems built elsewhere by ASP.NET Core, e.g. status-code pages.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions.TryAdd("code", CodeForStatus(problem.Status ?? context.HttpContext.Response.StatusCode));
        problem.Instance ??= context.HttpContext.Request.Path;
    }

    private static ProblemDetails Create(int status, string code, string detail, params (string Key, object? Value)[] extensions)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Client Closed Request",
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        foreach (var (key, value) in extensions)
        {
            if (value is not null)
            {
                problem.Extensions[key] = value;
            }
        }

        return problem;
    }
}
