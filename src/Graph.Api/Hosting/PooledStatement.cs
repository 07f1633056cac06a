using System.Diagnostics;
using System.Globalization;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Api.Hosting;

/// <summary>
/// One statement in the <see cref="StatementPool"/>: waiting, then running on a worker, or given up while waiting
/// (its deadline passed, or its client went away). Exactly one of the worker and the give-up wins, by a
/// compare-and-swap on the state, so a statement never runs after its caller was answered.
/// </summary>
internal sealed class PooledStatement
{
    private const int Waiting = 0;
    private const int Running = 1;
    private const int GivenUp = 2;

    private readonly TaskCompletionSource<QueryResult> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StatementPool pool;
    private readonly TimeSpan? timeout;
    private readonly CancellationToken cancellationToken;
    private readonly long arrived = Stopwatch.GetTimestamp();
    private readonly CancellationTokenSource? waitLimit;
    private readonly CancellationTokenRegistration registration;
    private Func<TimeSpan?, Task<QueryResult>>? work;
    private int state;

    public PooledStatement(StatementPool pool, Func<TimeSpan?, Task<QueryResult>> work, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        this.pool = pool;
        this.work = work;
        this.timeout = timeout;
        this.cancellationToken = cancellationToken;
        if (timeout is not null || cancellationToken.CanBeCanceled)
        {
            waitLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // A timer takes at most int.MaxValue ms (24.8 days); a longer limit is no limit on the wait.
            if (timeout is { } t && t.TotalMilliseconds < int.MaxValue)
            {
                waitLimit.CancelAfter(t < TimeSpan.Zero ? TimeSpan.Zero : t);
            }

            registration = waitLimit.Token.UnsafeRegister(static s => ((PooledStatement)s!).StopWaiting(), this);
        }
    }

    public Task<QueryResult> Answer => answer.Task;

    /// <summary>On a worker: runs the statement unless it was given up while it waited. Never throws.</summary>
    public void Run()
    {
        // Disposing the registration waits for a give-up already running, which then has lost the swap below or won it.
        registration.Dispose();
        waitLimit?.Dispose();
        if (Interlocked.CompareExchange(ref state, Running, Waiting) != Waiting)
        {
            return;
        }

        QueryResult? result = null;
        Exception? error = null;
        try
        {
            var left = Left();
            result = left is { } l && l <= TimeSpan.Zero ? throw TimedOut() : work!(left).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            // Anything, including a non-graph fault: it belongs to the caller (who maps it), and a worker must survive it.
            error = e;
        }

        // The place is free before the caller hears back, so a caller that sends its next statement at once finds it.
        work = null;
        pool.Release();
        if (error is null)
        {
            answer.TrySetResult(result!);
        }
        else
        {
            answer.TrySetException(error);
        }
    }

    /// <summary>Answers the caller with <paramref name="error"/> unless a worker already took the statement.</summary>
    public void GiveUp(Exception error)
    {
        if (Interlocked.CompareExchange(ref state, GivenUp, Waiting) != Waiting)
        {
            return;
        }

        // Its parameters may be large; the worker that finds it later only skips it.
        work = null;
        pool.Release();
        answer.TrySetException(error);
    }

    private void StopWaiting() =>
        GiveUp(cancellationToken.IsCancellationRequested ? new OperationCanceledException(cancellationToken) : TimedOut());

    private TimeSpan? Left() => timeout - Stopwatch.GetElapsedTime(arrived);

    private QueryTimeoutException TimedOut() =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"The statement waited {Stopwatch.GetElapsedTime(arrived).TotalSeconds:0.0} s for a free worker, past its time limit of {timeout!.Value.TotalSeconds:0.0} s, and was not run."));
}
