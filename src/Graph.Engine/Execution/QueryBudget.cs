using System.Diagnostics.CodeAnalysis;
using Graph.Core.Errors;

namespace Graph.Engine.Execution;

/// <summary>
/// One run's limits: its deadline and the caller's cancellation folded into one token, so a check is a single volatile
/// read that every loop of evaluation can afford on every iteration; and the estimated bytes the run holds, against its
/// own budget and the store's <see cref="MemoryPool"/>. Shared by the run's forks (parallel scan partitions).
/// </summary>
internal sealed class QueryBudget : IDisposable
{
    public const string MemorySetting = "Graph:Cypher:MaxMemory";

    private const int ClockEvery = 4095;

    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationToken _token;
    private readonly long _max;
    private readonly MemoryPool? _pool;
    private readonly long _poolMax;
    private readonly long _deadline;
    private long _held;
    private long _transient;
    private int _checks;

    public QueryBudget(TimeSpan? timeout, long? maxMemory, MemoryPool? pool, long? maxTotalMemory, CancellationToken caller)
    {
        _caller = caller;
        // Timers take at most about 49 days; a longer limit is no limit in practice.
        if (timeout is { } t && t.TotalMilliseconds < uint.MaxValue - 1)
        {
            // The timer cancels the linked source when the deadline passes: checking for the deadline is then the same
            // read as checking for the caller having gone. Timers fire on the thread pool, which a crowd of statements
            // can starve, so the clock is also read every few thousand checks (_deadline).
            _timer = caller.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(caller) : new CancellationTokenSource();
            _timer.CancelAfter(t > TimeSpan.Zero ? t : TimeSpan.FromTicks(1));
            _token = _timer.Token;
            _deadline = Environment.TickCount64 + (long)Math.Ceiling(t.TotalMilliseconds);
        }
        else
        {
            _token = caller;
        }

        _max = maxMemory ?? long.MaxValue;
        _pool = maxTotalMemory is null ? null : pool;
        _poolMax = maxTotalMemory ?? long.MaxValue;
    }

    /// <summary>Cancelled when the caller goes or the deadline passes.</summary>
    public CancellationToken Token => _token;

    /// <summary>What the run holds now, estimated.</summary>
    public long Held => Volatile.Read(ref _held);

    /// <summary>Stops the run when its caller has gone (<see cref="OperationCanceledException"/>) or its time is up (<see cref="QueryTimeoutException"/>).</summary>
    public void Check()
    {
        if (_token.IsCancellationRequested)
        {
            Stop();
        }

        // Not interlocked: forks on other threads may lose a count, which only moves the next clock read a little.
        if ((++_checks & ClockEvery) == 0 && _timer is not null && Environment.TickCount64 > _deadline)
        {
            Stop();
        }
    }

    /// <summary>
    /// Refuses, before it is made, a value of <paramref name="bytes"/> that would not fit beside what the run holds.
    /// The value is transient (nothing knows when it is dropped), so the run's own count does not keep it; the store's
    /// pool keeps the run's largest such value until the run ends, so many runs each building a big value at once
    /// (50 statements doubling a string) are stopped by the shared budget, not only by their own.
    /// </summary>
    public void Reserve(long bytes)
    {
        Check();
        var held = Held;
        if (bytes > _max - held)
        {
            throw new MemoryLimitException(bytes, _max, held, MemorySetting);
        }

        var largest = Volatile.Read(ref _transient);
        if (_pool is not null && bytes > largest && Interlocked.CompareExchange(ref _transient, bytes, largest) == largest)
        {
            try
            {
                _pool.Add(bytes - largest, _poolMax);
            }
            catch (MemoryLimitException)
            {
                Interlocked.CompareExchange(ref _transient, largest, bytes);
                throw;
            }
        }
    }

    /// <summary>Counts <paramref name="bytes"/> as held by the run (negative gives back); throws, counting nothing, past a budget.</summary>
    public void Hold(long bytes)
    {
        var now = Interlocked.Add(ref _held, bytes);
        if (bytes > 0 && now > _max)
        {
            Interlocked.Add(ref _held, -bytes);
            throw new MemoryLimitException(bytes, _max, now - bytes, MemorySetting);
        }

        if (_pool is not null)
        {
            try
            {
                _pool.Add(bytes, _poolMax);
            }
            catch (MemoryLimitException)
            {
                Interlocked.Add(ref _held, -bytes);
                throw;
            }
        }
    }

    /// <summary>Gives everything back to the store's pool and stops the timer.</summary>
    public void Dispose()
    {
        _pool?.Add(-(Interlocked.Exchange(ref _held, 0) + Interlocked.Exchange(ref _transient, 0)), _poolMax);
        _timer?.Dispose();
    }

    [DoesNotReturn]
    private void Stop()
    {
        _caller.ThrowIfCancellationRequested();
        throw new QueryTimeoutException("The statement ran past its time limit and was stopped.");
    }
}
