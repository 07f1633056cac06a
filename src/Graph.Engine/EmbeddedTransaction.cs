using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Storage;

namespace Graph.Engine;

/// <summary>
/// An explicit transaction on the embedded store. A write transaction holds the single writer
/// slot until it ends; a read transaction reads one snapshot throughout. A failing statement
/// is taken back alone; the transaction stays usable.
/// </summary>
internal sealed class EmbeddedTransaction(EmbeddedGraphStore owner, StoreTransaction transaction, AccessMode mode) : IGraphTransaction
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<QueryResult> RunAsync(CypherQuery query, QueryOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (transaction.IsFinished)
            {
                throw new ClientException(StatusCodes.TransactionNotFound, "The transaction has already been committed or rolled back.");
            }

            var prepared = owner.Prepare(query.Text);
            EmbeddedGraphStore.RequireAllowed(prepared, mode);
            if (prepared.Writes && !transaction.Writable && prepared.Prefix != Ast.AstQueryPrefix.Explain)
            {
                throw new ForbiddenException("Writing in read access mode not allowed.");
            }

            transaction.BeginStatement();
            try
            {
                return owner.Execute(prepared, transaction, query, options ?? QueryOptions.Default, cancellationToken);
            }
            catch
            {
                if (transaction.Writable)
                {
                    transaction.RollbackStatement();
                }

                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken)
    {
        transaction.Commit();
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CancellationToken cancellationToken)
    {
        transaction.Rollback();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        transaction.Rollback();
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
