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
/// <para>
/// One lock serialises everything done to the transaction — statements, commit, rollback — because the store
/// transaction under it is not thread-safe (a commit stamping versions while a statement adds them threw
/// "Collection was modified"). A call that finds the lock taken is refused at once with Neo4j's
/// <c>TransactionAccessedConcurrently</c> and changes nothing: waiting would let one slow statement pile up
/// callers, and Neo4j's Query API answers the same. Only <see cref="DisposeAsync"/> waits, for the running call
/// to end, so it never pulls the transaction from under a statement.
/// </para>
/// </summary>
internal sealed class EmbeddedTransaction(EmbeddedGraphStore owner, StoreTransaction transaction, AccessMode mode) : IGraphTransaction
{
    // Never disposed: a SemaphoreSlim holds no OS handle unless AvailableWaitHandle is read, and a call arriving
    // after disposal must get TransactionNotFound, not ObjectDisposedException.
    private readonly SemaphoreSlim _lock = new(1, 1);

    // The code of the error that ended the transaction, so later calls can say why it is gone.
    private string? _failedWith;

    public Task<QueryResult> RunAsync(CypherQuery query, QueryOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Locked(() =>
        {
            EnsureOpen();
            return RunLocked(query, options ?? QueryOptions.Default, cancellationToken);
        });
    }

    public Task CommitAsync(CancellationToken cancellationToken) =>
        Locked(() =>
        {
            EnsureOpen();
            transaction.Commit();
            return true;
        });

    public Task RollbackAsync(CancellationToken cancellationToken) =>
        Locked(() =>
        {
            transaction.Rollback();
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await _lock.WaitAsync().ConfigureAwait(false);
        try
        {
            transaction.Rollback();
        }
        finally
        {
            _lock.Release();
        }
    }

    private QueryResult RunLocked(CypherQuery query, QueryOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var prepared = owner.Prepare(query.Text);
            EmbeddedGraphStore.RequireAllowed(prepared, mode);
            if (prepared.Writes && !transaction.Writable && prepared.Prefix != Ast.AstQueryPrefix.Explain)
            {
                throw new ForbiddenException("Writing in read access mode not allowed.");
            }

            transaction.BeginStatement();
            return owner.Execute(prepared, transaction, query, options, cancellationToken);
        }
        catch (Exception e)
        {
            _failedWith = e is GraphException g ? g.Code : StatusCodes.Terminated;
            transaction.Rollback();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> holding the lock, on the calling thread (the statement pool's worker, with its
    /// large stack); its outcome, a refusal included, comes back in the task, as from any asynchronous method.
    /// </summary>
    private Task<T> Locked<T>(Func<T> work)
    {
        if (!_lock.Wait(0))
        {
            return Task.FromException<T>(new TransactionBusyException());
        }

        try
        {
            return Task.FromResult(work());
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
        finally
        {
            _lock.Release();
        }
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
