using Graph.Core.Store;

namespace Graph.Api.Hosting;

/// <summary>An explicit transaction whose statements run through the <see cref="StatementPool"/> (see <see cref="PooledGraphStore"/>).</summary>
internal sealed class PooledTransaction(IGraphTransaction inner, StatementPool pool) : IGraphTransaction
{
    public Task<QueryResult> RunAsync(CypherQuery query, QueryOptions? options, CancellationToken cancellationToken) =>
        pool.RunAsync(left => inner.RunAsync(query, PooledGraphStore.Limited(options, left), cancellationToken), options?.Timeout, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken) => inner.CommitAsync(cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken) => inner.RollbackAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
