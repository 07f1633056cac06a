using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Procedures;

namespace Graph.Engine.Tests;

/// <summary>
/// One lock per explicit transaction: a statement, commit or rollback that arrives while another call of the same
/// transaction runs is refused with Neo4j's TransactionAccessedConcurrently and changes nothing; the writer slot is
/// waited for only as long as the store allows.
/// </summary>
public sealed class EmbeddedTransactionLockTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_commit_while_a_statement_runs_is_refused_and_the_transaction_stays_usable()
    {
        await using var store = new EmbeddedGraphStore();
        using var gate = new Gate(store);
        await using var tx = await store.BeginAsync(AccessMode.Write, None);
        await tx.RunAsync(new CypherQuery("CREATE (:Kept)"), null, None);
        var running = Task.Run(() => tx.RunAsync(new CypherQuery("CALL test.wait() YIELD ok RETURN ok"), null, None));
        gate.WaitEntered();

        var commit = await Assert.ThrowsAsync<TransactionBusyException>(() => tx.CommitAsync(None));
        var rollback = await Assert.ThrowsAsync<TransactionBusyException>(() => tx.RollbackAsync(None));
        var statement = await Assert.ThrowsAsync<TransactionBusyException>(() => tx.RunAsync(new CypherQuery("RETURN 1"), null, None));
        gate.Open();
        await running.WaitAsync(Patience);
        await tx.CommitAsync(None);

        Assert.Equal(StatusCodes.TransactionAccessedConcurrently, commit.Code);
        Assert.Equal(StatusCodes.TransactionAccessedConcurrently, rollback.Code);
        Assert.Equal(StatusCodes.TransactionAccessedConcurrently, statement.Code);
        Assert.False(commit.IsTransient);
        Assert.Equal(1L, store.Scalar("MATCH (n:Kept) RETURN count(n)"));
    }

    [Fact]
    public async Task Disposing_waits_for_the_running_statement_then_rolls_back()
    {
        await using var store = new EmbeddedGraphStore();
        using var gate = new Gate(store);
        var tx = await store.BeginAsync(AccessMode.Write, None);
        await tx.RunAsync(new CypherQuery("CREATE (:Dropped)"), null, None);
        var running = Task.Run(() => tx.RunAsync(new CypherQuery("CALL test.wait() YIELD ok RETURN ok"), null, None));
        gate.WaitEntered();

        var disposing = tx.DisposeAsync().AsTask();
        await Task.Delay(50);
        var finishedEarly = disposing.IsCompleted;
        gate.Open();
        await running.WaitAsync(Patience);
        await disposing.WaitAsync(Patience);

        Assert.False(finishedEarly);
        Assert.Equal(0L, store.Scalar("MATCH (n:Dropped) RETURN count(n)"));
    }

    [Fact]
    public async Task Opening_a_write_transaction_behind_another_gives_up_after_the_writer_wait()
    {
        await using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { WriterWait = TimeSpan.FromMilliseconds(200) });
        await using var holder = await store.BeginAsync(AccessMode.Write, None);

        var open = await Assert.ThrowsAsync<LockTimeoutException>(() => store.BeginAsync(AccessMode.Write, None));
        var write = Assert.Throws<LockTimeoutException>(() => store.Run(new CypherQuery("CREATE (:Late)")));

        Assert.Equal(StatusCodes.LockAcquisitionTimeout, open.Code);
        Assert.True(open.IsTransient);
        Assert.Equal(StatusCodes.LockAcquisitionTimeout, write.Code);
    }

    [Fact]
    public async Task A_write_with_a_shorter_time_limit_waits_only_that_long_for_the_writer()
    {
        await using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { WriterWait = TimeSpan.FromMinutes(5) });
        await using var holder = await store.BeginAsync(AccessMode.Write, None);

        var write = Assert.Throws<LockTimeoutException>(() =>
            store.Run(new CypherQuery("CREATE (:Late)"), AccessMode.Write, new QueryOptions { Timeout = TimeSpan.FromMilliseconds(100) }));

        Assert.Contains("0.1 s", write.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_do_not_wait_for_the_writer()
    {
        await using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { WriterWait = TimeSpan.FromMilliseconds(100) });
        await using var holder = await store.BeginAsync(AccessMode.Write, None);

        await using var reader = await store.BeginAsync(AccessMode.Read, None);

        Assert.Equal(1L, (await reader.RunAsync(new CypherQuery("RETURN 1 AS one"), null, None)).Rows[0][0]);
    }

    /// <summary>A procedure <c>test.wait()</c> that signals it was entered and returns only once the gate opens.</summary>
    private sealed class Gate : IDisposable
    {
        private readonly ManualResetEventSlim entered = new();
        private readonly ManualResetEventSlim open = new();

        public Gate(EmbeddedGraphStore store) =>
            store.RegisterProcedure(new ProcedureDefinition("test.wait", [], [new ProcedureParameter("ok", "INTEGER?")], (_, _) =>
            {
                entered.Set();
                open.Wait(Patience);
                return [[1L]];
            }));

        public void WaitEntered() => Assert.True(entered.Wait(Patience), "the statement never started");

        public void Open() => open.Set();

        public void Dispose()
        {
            open.Set();
            entered.Dispose();
            open.Dispose();
        }
    }
}
