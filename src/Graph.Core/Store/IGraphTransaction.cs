namespace Graph.Core.Store;

/// <summary>
/// An explicit transaction. Statements see the transaction's own writes; nothing is visible to
/// others, nor durable, until <see cref="CommitAsync"/> returns. Disposing without commit rolls back.
/// </summary>
public interface IGraphTransaction : IAsyncDisposable
{
    Task<QueryResult> RunAsync(CypherQuery query, QueryOptions? options, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
