using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Neo4j.Http;

namespace Graph.Neo4j;

/// <summary>
/// An explicit Query API transaction (<c>/query/v2/tx/{id}</c>). Not thread-safe: one statement at a time.
/// Neo4j rolls a transaction back itself when a statement in it fails, so after a server error the
/// transaction is closed and the whole unit of work must be redone (a transient error says so by
/// <see cref="GraphException.IsTransient"/>). Idle transactions expire on the server (30 s by default).
/// </summary>
public sealed class Neo4jTransaction : IGraphTransaction
{
    private readonly QueryApiConnection connection;
    private QueryApiAffinity affinity;
    private State state = State.Open;

    internal Neo4jTransaction(QueryApiConnection connection, string id, AccessMode mode, string? expires, QueryApiAffinity affinity)
    {
        this.connection = connection;
        this.affinity = affinity;
        Id = id;
        Mode = mode;
        Expires = expires;
    }

    private enum State
    {
        Open,
        Committed,
        RolledBack,
        Failed,
    }

    /// <summary>The server's transaction id.</summary>
    public string Id { get; }

    public AccessMode Mode { get; }

    /// <summary>When the server will roll the transaction back if nothing more is sent, as it last said (ISO-8601).</summary>
    public string? Expires { get; private set; }

    /// <summary>The cluster-affinity header value echoed on this transaction's requests, if the server set one.</summary>
    public string? ClusterAffinity => affinity.Header;

    public async Task<QueryResult> RunAsync(CypherQuery query, QueryOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureOpen();
        var reply = await SendAsync(
            HttpMethod.Post,
            string.Empty,
            new QueryApiRequest(Neo4jGraphStore.Statement(query, options), null, []),
            options?.Timeout ?? connection.Options.RequestTimeout,
            cancellationToken).ConfigureAwait(false);
        return Neo4jGraphStore.ToResult(reply, options);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        EnsureOpen();
        var reply = await SendAsync(HttpMethod.Post, "/commit", QueryApiRequest.Empty, connection.Options.RequestTimeout, cancellationToken)
            .ConfigureAwait(false);
        state = State.Committed;
        connection.Committed(reply);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (state is State.RolledBack or State.Failed)
        {
            return;
        }

        EnsureOpen();
        await SendAsync(HttpMethod.Delete, string.Empty, null, connection.Options.RequestTimeout, cancellationToken).ConfigureAwait(false);
        state = State.RolledBack;
    }

    /// <summary>Rolls back if still open; never throws, as the transaction expires on the server anyway.</summary>
    public async ValueTask DisposeAsync()
    {
        if (state != State.Open)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (GraphException)
        {
            state = State.Failed;
        }
    }

    private async Task<QueryApiReply> SendAsync(HttpMethod method, string suffix, QueryApiRequest? body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var call = new QueryApiCall(
            method,
            connection.DatabasePath($"/tx/{Uri.EscapeDataString(Id)}{suffix}"),
            body,
            affinity,
            Retryable: false,
            InTransaction: true,
            timeout);
        QueryApiReply reply;
        try
        {
            reply = await connection.SendAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphException error)
        {
            // The server has rolled back (a statement error) or the transaction is gone (not found,
            // unreachable). A client-side deadline leaves it open, so dispose can still roll it back.
            if (!IsClientDeadline(error))
            {
                state = State.Failed;
            }

            throw;
        }

        affinity = reply.Affinity;
        Expires = reply.TransactionExpires ?? Expires;
        return reply;
    }

    private static bool IsClientDeadline(GraphException error) =>
        error is QueryTimeoutException { InnerException: OperationCanceledException };

    private void EnsureOpen()
    {
        if (state == State.Failed)
        {
            // As the embedded store answers: the server has ended the transaction (a failed statement, or it is gone).
            throw new ClientException(
                StatusCodes.TransactionNotFound,
                $"Neo4j transaction {Id} was rolled back by the server after an error; begin a new transaction.");
        }

        if (state != State.Open)
        {
            throw new InvalidOperationException($"Neo4j transaction {Id} is {state.ToString().ToLowerInvariant()}; begin a new one.");
        }
    }
}
