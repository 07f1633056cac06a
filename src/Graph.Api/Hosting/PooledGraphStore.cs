using Graph.Core.Store;

namespace Graph.Api.Hosting;

/// <summary>
/// The store as the endpoints see it: every statement — domain reads, the Cypher console, the Query API, statements
/// in explicit transactions, writes — runs through the <see cref="StatementPool"/>. A decorator rather than a change
/// to the engine, so the same admission holds for Neo4j (where a worker waits on the HTTP call, which bounds the
/// calls in flight), and the engine stays a library whose in-process callers (the CLI, tests) need no pool.
/// Opening, committing and rolling back do not queue: they free or wait on the writer, not on a worker, and a full
/// queue must never keep a transaction from ending.
/// </summary>
internal sealed class PooledGraphStore(IGraphStore inner, StatementPool pool) : IGraphStore
{
    public string Name => inner.Name;

    public Task<QueryResult> RunAsync(CypherQuery query, AccessMode mode, QueryOptions? options, CancellationToken cancellationToken) =>
        pool.RunAsync(left => inner.RunAsync(query, mode, Limited(options, left), cancellationToken), options?.Timeout, cancellationToken);

    public async Task<IGraphTransaction> BeginAsync(AccessMode mode, CancellationToken cancellationToken) =>
        new PooledTransaction(await inner.BeginAsync(mode, cancellationToken), pool);

    /// <summary>Nothing to do: the container that made the inner store disposes it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The options with the time the statement has left once a worker took it.</summary>
    internal static QueryOptions? Limited(QueryOptions? options, TimeSpan? left) =>
        options is null || left is null ? options : options with { Timeout = left };
}
