using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Neo4j.Http;

namespace Graph.Neo4j;

/// <summary>
/// Neo4j 5 (5.19+, or Aura) as an <see cref="IGraphStore"/>, over its HTTP Query API with typed JSON.
/// Thread-safe; create one per process and reuse it: it owns one pooled HttpClient.
/// </summary>
/// <remarks>
/// Auto-commit statements and transaction opens are retried on <c>Neo.TransientError.*</c>, gateway statuses
/// and transport failures, with exponential back-off and jitter; statements inside an explicit transaction
/// are not (see <see cref="Neo4jRetryPolicy"/>). <see cref="QueryOptions.Timeout"/> (else
/// <see cref="Neo4jStoreOptions.RequestTimeout"/>) bounds each call, retries included, and ends in a
/// <see cref="QueryTimeoutException"/>; the server's own <c>db.transaction.timeout</c> still governs how long
/// Neo4j keeps working on an abandoned statement. <see cref="QueryOptions.MaxRows"/> cuts the rows after they
/// arrive (the Query API returns whole results), so statements should carry their own LIMIT.
/// </remarks>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly QueryApiConnection connection;

    public Neo4jGraphStore(Neo4jStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        connection = new QueryApiConnection(options);
    }

    public Neo4jStoreOptions Options => connection.Options;

    public string Name => "neo4j";

    public async Task<QueryResult> RunAsync(CypherQuery query, AccessMode mode, QueryOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var call = new QueryApiCall(
            HttpMethod.Post,
            connection.DatabasePath(),
            new QueryApiRequest(Statement(query, options), mode, connection.Bookmarks),
            QueryApiAffinity.None,
            Retryable: true,
            InTransaction: false,
            options?.Timeout ?? Options.RequestTimeout);
        var reply = await connection.SendAsync(call, cancellationToken).ConfigureAwait(false);
        connection.Committed(reply);
        return ToResult(reply, options);
    }

    public async Task<IGraphTransaction> BeginAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        var call = new QueryApiCall(
            HttpMethod.Post,
            connection.DatabasePath("/tx"),
            new QueryApiRequest(null, mode, connection.Bookmarks),
            QueryApiAffinity.None,
            Retryable: true,
            InTransaction: false,
            Options.RequestTimeout);
        var reply = await connection.SendAsync(call, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(reply.TransactionId))
        {
            throw new ClientException(StatusCodes.InvalidFormat, "Neo4j opened a transaction without saying its id.");
        }

        return new Neo4jTransaction(connection, reply.TransactionId, mode, reply.TransactionExpires, reply.Affinity);
    }

    public ValueTask DisposeAsync()
    {
        connection.Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => Options.ToString();

    /// <summary>EXPLAIN makes Neo4j plan without running; the Query API returns no plan, so <see cref="QueryResult.Plan"/> stays null.</summary>
    internal static CypherQuery Statement(CypherQuery query, QueryOptions? options) =>
        options?.ExplainOnly == true ? query with { Text = "EXPLAIN " + query.Text } : query;

    internal static QueryResult ToResult(QueryApiReply reply, QueryOptions? options)
    {
        var rows = reply.Rows;
        var truncated = false;
        if (options?.MaxRows is { } max && rows.Count > max)
        {
            rows = rows.Take(Math.Max(0, max)).ToList();
            truncated = true;
        }

        return new QueryResult(reply.Fields, rows, reply.Counters)
        {
            Truncated = truncated,
            Notifications = reply.Notifications,
        };
    }
}
