using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Api.Results;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Neo4j.Json;
using Microsoft.Extensions.Options;
using Codes = Graph.Core.Errors.StatusCodes;
using Http = Microsoft.AspNetCore.Http.StatusCodes;

namespace Graph.Api.Features.QueryApi;

/// <summary>What every Query API handler needs: the store, the open transactions, the body reader and the limits.</summary>
public sealed class QueryApiContext(IGraphStore store, QueryApiTransactions transactions, JsonBody body, GraphVersion version, IOptions<GraphOptions> options)
{
    public IGraphStore Store => store;

    public QueryApiTransactions Transactions => transactions;

    /// <summary>Called after a statement or commit that may have written: cached domain answers move to a new graph version.</summary>
    internal void Changed() => version.Bump();

    /// <summary>Checks the database name and the caller, then reads the body (always, so the connection stays usable).</summary>
    internal async Task<(QueryApiStatement Statement, QueryApiCaller Caller)> ReadAsync(string db, HttpRequest request, CancellationToken cancellationToken)
    {
        var json = await body.ReadObjectAsync(request, allowEmpty: true, cancellationToken);
        if (!string.Equals(db, options.Value.DatabaseName, StringComparison.Ordinal))
        {
            throw new ClientException(Codes.DatabaseNotFound, $"Database does not exist. Database name: '{db}'.");
        }

        var caller = QueryApiCaller.Identify(request, options.Value.ApiKey);
        return (QueryApiStatement.From(json, QueryApiJson.IsTypedMediaType(request.ContentType)), caller);
    }

    /// <summary>The configured limits, tightened by the request's <c>maxExecutionTime</c>.</summary>
    internal QueryOptions Limits(QueryApiStatement statement)
    {
        var limits = options.Value.Cypher;
        var timeout = statement.MaxExecutionTime is { } requested && requested < limits.Timeout ? requested : limits.Timeout;
        return limits.ToQueryOptions() with { Timeout = timeout };
    }

    /// <summary>202 with the result in the format the Accept header asks for (typed JSON when it names it).</summary>
    internal IResult Answer(HttpRequest request, QueryResult result, OpenTransaction? transaction)
    {
        var typed = request.Headers.Accept.Any(QueryApiJson.IsTypedMediaType);
        if (result.Truncated)
        {
            result = result with { Notifications = [.. result.Notifications, $"The result was cut at {result.Rows.Count} rows (Graph:Cypher:MaxRows {options.Value.Cypher.MaxRows}, MaxResponseBytes {options.Value.Cypher.MaxResponseBytes})."] };
        }

        return new NewtonsoftResult(
            Http.Status202Accepted,
            typed ? QueryApiJson.TypedMediaType : QueryApiJson.PlainMediaType,
            writer => QueryApiResponseWriter.WriteResult(writer, result, typed, null, transaction?.Id, transaction?.Expires));
    }
}
