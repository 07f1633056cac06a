using Graph.Api.Hosting;
using Graph.Api.Tests.Support;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Api.Tests.Hosting;

/// <summary>
/// The statement pool on its own: workers and queue are bounded, a waiting statement leaves at its deadline or when
/// its caller goes, without ever running, and a worker survives whatever a statement throws.
/// </summary>
public sealed class StatementPoolTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly QueryResult Done = new(["x"], [], QueryCounters.None);

    private readonly ManualResetEventSlim release = new();

    public void Dispose()
    {
        release.Set();
        release.Dispose();
    }

    [Fact]
    public async Task A_statement_past_the_workers_and_the_queue_is_refused_at_once()
    {
        using var pool = new StatementPool(workers: 1, queueLength: 1);
        var running = pool.RunAsync(_ => Block(), null, CancellationToken.None);
        var waiting = pool.RunAsync(_ => Task.FromResult(Done), null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<ServerBusyException>(() => pool.RunAsync(_ => Task.FromResult(Done), null, CancellationToken.None));
        release.Set();

        Assert.Equal(StatusCodes.NoThreadsAvailable, refused.Code);
        Assert.True(refused.IsTransient);
        Assert.Same(Done, await running.WaitAsync(Patience));
        Assert.Same(Done, await waiting.WaitAsync(Patience));
        Assert.Equal(0, pool.Busy);
    }

    [Fact]
    public async Task A_statement_still_waiting_at_its_deadline_times_out_without_running()
    {
        using var pool = new StatementPool(workers: 1, queueLength: 4);
        var running = pool.RunAsync(_ => Block(), null, CancellationToken.None);
        var ran = false;

        var late = await Assert.ThrowsAsync<QueryTimeoutException>(() =>
            pool.RunAsync(_ => { ran = true; return Task.FromResult(Done); }, TimeSpan.FromMilliseconds(100), CancellationToken.None).WaitAsync(Patience));
        Assert.Equal(1, pool.Busy);
        release.Set();
        await running.WaitAsync(Patience);
        await LoopbackApi.UntilAsync(() => pool.Busy == 0, "the worker is free");

        Assert.False(ran);
        Assert.Equal(StatusCodes.TransactionTimedOut, late.Code);
    }

    [Fact]
    public async Task A_waiting_statement_whose_caller_goes_away_leaves_the_queue()
    {
        using var pool = new StatementPool(workers: 1, queueLength: 1);
        using var caller = new CancellationTokenSource();
        var running = pool.RunAsync(_ => Block(), null, CancellationToken.None);
        var waiting = pool.RunAsync(_ => Task.FromResult(Done), TimeSpan.FromMinutes(1), caller.Token);

        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
        Assert.Equal(1, pool.Busy);
        var next = pool.RunAsync(_ => Task.FromResult(Done), null, CancellationToken.None);
        release.Set();
        Assert.Same(Done, await next.WaitAsync(Patience));
        await running.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_statement_gets_the_time_it_has_left_after_waiting()
    {
        using var pool = new StatementPool(workers: 1, queueLength: 1);
        var running = pool.RunAsync(_ => Block(), null, CancellationToken.None);
        TimeSpan? given = null;
        var waiting = pool.RunAsync(left => { given = left; return Task.FromResult(Done); }, TimeSpan.FromSeconds(30), CancellationToken.None);

        await Task.Delay(200);
        release.Set();
        await waiting.WaitAsync(Patience);
        await running.WaitAsync(Patience);

        Assert.NotNull(given);
        // Task.Delay may end a few milliseconds early against the pool's clock (seen: 0.1985 s): 0.15 s of the 0.2 s.
        Assert.True(given < TimeSpan.FromSeconds(29.85), $"given {given} after waiting 0.2 s");
        Assert.True(given > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_limit_longer_than_a_timer_can_hold_is_no_limit_on_the_wait()
    {
        using var pool = new StatementPool(workers: 1, queueLength: 0);

        var answer = await pool.RunAsync(_ => Task.FromResult(Done), TimeSpan.FromDays(30), CancellationToken.None).WaitAsync(Patience);

        Assert.Same(Done, answer);
    }

    [Fact]
    public async Task A_worker_survives_a_statement_that_throws_anything()
    {
        using var pool = new StatementPool(workers: 1, queueLength: 0);

        await Assert.ThrowsAsync<InvalidOperationException>(() => pool.RunAsync(_ => throw new InvalidOperationException("bug"), null, CancellationToken.None));
        await Assert.ThrowsAsync<InsufficientExecutionStackException>(() => pool.RunAsync(_ => Task.FromException<QueryResult>(new InsufficientExecutionStackException()), null, CancellationToken.None));

        Assert.Same(Done, await pool.RunAsync(_ => Task.FromResult(Done), null, CancellationToken.None).WaitAsync(Patience));
    }

    [Fact]
    public async Task A_statement_sent_after_shutdown_is_refused_not_lost()
    {
        var pool = new StatementPool(workers: 1, queueLength: 1);
        pool.Dispose();

        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => pool.RunAsync(_ => Task.FromResult(Done), null, CancellationToken.None));

        Assert.True(refused.IsTransient);
        Assert.Equal(0, pool.Busy);
    }

    [Fact]
    public async Task Statements_run_on_the_pools_threads_and_answer_off_them()
    {
        using var pool = new StatementPool(workers: 2, queueLength: 0);
        string? worker = null;

        await pool.RunAsync(_ => { worker = Thread.CurrentThread.Name; return Task.FromResult(Done); }, null, CancellationToken.None);

        Assert.StartsWith("cypher-", worker, StringComparison.Ordinal);
        Assert.NotEqual(worker, Thread.CurrentThread.Name);
    }

    private Task<QueryResult> Block()
    {
        release.Wait(Patience);
        return Task.FromResult(Done);
    }
}
