using Graph.Api.Configuration;
using Graph.Api.Features.QueryApi;
using Graph.Core.Errors;
using Graph.Core.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests.Features;

/// <summary>
/// The registry of open Query API transactions on a hand-driven clock: one request at a time, only the opener, and
/// an idle sweep that never takes a transaction from under a running request.
/// </summary>
public sealed class QueryApiTransactionsTests : IAsyncDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);
    private static readonly QueryApiCaller KeyHolder = new(true, "bearer");

    private readonly ManualClock clock = new();
    private readonly QueryApiTransactions transactions;

    public QueryApiTransactionsTests() =>
        transactions = new QueryApiTransactions(Options.Create(new GraphOptions { TransactionIdleTimeout = Idle }), clock, NullLogger<QueryApiTransactions>.Instance);

    public async ValueTask DisposeAsync() => await transactions.DisposeAsync();

    [Fact]
    public async Task A_second_request_is_refused_while_one_holds_the_transaction()
    {
        var entry = transactions.Add(new RecordingTransaction(), KeyHolder, readRequested: false);

        var busy = await Assert.ThrowsAsync<TransactionBusyException>(() => transactions.TakeAsync(entry.Id, KeyHolder));
        transactions.Free(entry);

        Assert.Equal(StatusCodes.TransactionAccessedConcurrently, busy.Code);
        Assert.Same(entry, await transactions.TakeAsync(entry.Id, KeyHolder));
    }

    [Fact]
    public async Task Another_caller_is_told_the_transaction_does_not_exist()
    {
        var entry = transactions.Add(new RecordingTransaction(), KeyHolder, readRequested: false);
        transactions.Free(entry);

        var anonymous = await Assert.ThrowsAsync<ClientException>(() => transactions.TakeAsync(entry.Id, QueryApiCaller.Anonymous));
        var otherUser = await Assert.ThrowsAsync<ClientException>(() => transactions.TakeAsync(entry.Id, new QueryApiCaller(true, "basic:mallory")));
        var unknown = await Assert.ThrowsAsync<ClientException>(() => transactions.TakeAsync("0123456789abcdef01234567", KeyHolder));

        Assert.Equal(StatusCodes.TransactionNotFound, anonymous.Code);
        Assert.Equal(unknown.Message.Replace("0123456789abcdef01234567", entry.Id, StringComparison.Ordinal), anonymous.Message);
        Assert.Equal(StatusCodes.TransactionNotFound, otherUser.Code);
        Assert.Same(entry, await transactions.TakeAsync(entry.Id, KeyHolder));
    }

    [Fact]
    public async Task A_transaction_a_request_holds_is_not_swept_however_long_the_request_runs()
    {
        var transaction = new RecordingTransaction();
        var entry = transactions.Add(transaction, KeyHolder, readRequested: false);

        clock.Advance(Idle * 3);
        await clock.SweepAsync();
        transactions.Free(entry);
        clock.Advance(Idle / 2);
        await clock.SweepAsync();

        Assert.False(transaction.Disposed);
        Assert.Same(entry, await transactions.TakeAsync(entry.Id, KeyHolder));
    }

    [Fact]
    public async Task An_idle_transaction_is_rolled_back_and_forgotten()
    {
        var transaction = new RecordingTransaction();
        var entry = transactions.Add(transaction, KeyHolder, readRequested: false);
        transactions.Free(entry);

        clock.Advance(Idle + TimeSpan.FromSeconds(1));
        await clock.SweepAsync();

        Assert.True(transaction.Disposed);
        Assert.Equal(0, transactions.Count);
        var gone = await Assert.ThrowsAsync<ClientException>(() => transactions.TakeAsync(entry.Id, KeyHolder));
        Assert.Equal(StatusCodes.TransactionNotFound, gone.Code);
    }

    /// <summary>A clock moved by hand, whose one timer (the sweep) runs when the test says.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = DateTimeOffset.UnixEpoch;
        private TimerCallback? sweep;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            sweep = callback;
            return new NoTimer();
        }

        /// <summary>Runs the sweep and lets its asynchronous part (a rollback of the fakes, which completes at once) finish.</summary>
        public async Task SweepAsync()
        {
            sweep!(null);
            await Task.Yield();
        }

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    private sealed class RecordingTransaction : IGraphTransaction
    {
        public bool Disposed { get; private set; }

        public Task<QueryResult> RunAsync(CypherQuery query, QueryOptions? options, CancellationToken cancellationToken) =>
            Task.FromResult(new QueryResult([], [], QueryCounters.None));

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RollbackAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
