using System.Diagnostics;
using Graph.Api.Hosting;
using Graph.Core.Errors;
using Graph.Neo4j.Json;
using Microsoft.AspNetCore.Diagnostics;
using Newtonsoft.Json;
using Http = Microsoft.AspNetCore.Http.StatusCodes;

namespace Graph.Api.Problems;

/// <summary>
/// Turns every exception that leaves an endpoint into a response: problem details built by <see cref="ApiProblems"/>,
/// except under <c>/db/</c> (the Neo4j Query API), whose clients read Neo4j's <c>{"errors": [{code, message}]}</c>.
/// Endpoints never catch to format errors; this is the one place.
/// </summary>
internal sealed class GraphExceptionHandler(ILogger<GraphExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        var problem = ApiProblems.FromException(exception, traceId);
        var status = problem.Status ?? Http.Status500InternalServerError;
        if (status >= 500 && exception is not GraphException)
        {
            logger.Unhandled(exception, httpContext.Request.Method, httpContext.Request.Path, traceId);
        }
        else
        {
            logger.Answered(httpContext.Request.Method, httpContext.Request.Path, status, exception.Message);
        }

        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        if (ApiProblems.RetryAfter(exception) is { } pause)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(pause.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (httpContext.Request.Path.StartsWithSegments("/db", StringComparison.OrdinalIgnoreCase))
        {
            await WriteNeo4jErrorAsync(httpContext, (string)problem.Extensions["code"]!, problem.Detail ?? string.Empty, cancellationToken);
            return true;
        }

        problem.Instance = httpContext.Request.Path;
        problem.Extensions["traceId"] = traceId;
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    private static async Task WriteNeo4jErrorAsync(HttpContext httpContext, string code, string message, CancellationToken cancellationToken)
    {
        httpContext.Response.ContentType = "application/json";
        await using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await using (var writer = new JsonTextWriter(text))
        {
            QueryApiResponseWriter.WriteError(writer, code, message);
        }

        await httpContext.Response.WriteAsync(text.ToString(), cancellationToken);
    }
}
