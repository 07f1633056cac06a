using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Storage;

namespace Graph.Engine;

/// <summary>
/// An explicit transaction on the embedded store. A write transaction holds the single writer
/// slot until it ends; a read transaction reads one snapshot throughout. As in Neo4j 5, a
/// statement that fails (syntax, semantics, run time, access mode or cancellation) ends the
/// transaction: all of its work is rolled back, the writer slot is freed at once, and every later
/// run or commit answers <c>TransactionNotFound</c>; a rollback is a no-op.
/// </summary>
internal sealed class EmbeddedTransaction(EmbeddedGraphStore owner, StoreTransaction transaction, AccessMode mode) : IGraphTransaction
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // The code of the error that ended the transaction, so later calls can say why it is gone.
    private string? _failedWith;

    public async Task<QueryResult> RunAsync(CypherQuery query, QueryOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpen();
            try
            {
                var prepared = owner.Prepare(query.Text);
                EmbeddedGraphStore.RequireAllowed(prepared, mode);
                if (prepared.Writes && !transaction.Writable && prepared.Prefix != Ast.AstQueryPrefix.Explain)
                {
                    throw new ForbiddenException("Writing in read access mode not allowed.");
                }

                transaction.BeginStatement();
                return owner.Execute(prepared, transaction, query, options ?? QueryOptions.Default, cancellationToken);
            }
            catch (Exception e)
            {
                _failedWith = e is GraphException g ? g.Code : StatusCodes.Terminated;
                transaction.Rollback();
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
        EnsureOpen();
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

    private void EnsureOpen()
    {
        if (_failedWith is { } code)
        {
            throw new ClientException(
                StatusCodes.TransactionNotFound,
                $"The transaction has been rolled back because a statement in it failed ({code}); begin a new transaction.");
        }

        if (transaction.IsFinished)
        {
            throw new ClientException(StatusCodes.TransactionNotFound, "The transaction has already been committed or rolled back.");
        }
    }
}
