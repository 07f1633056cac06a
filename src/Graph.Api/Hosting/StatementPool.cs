using System.Collections.Concurrent;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Api.Hosting;

/// <summary>
/// Runs statements on a fixed set of dedicated threads behind a bounded queue (<c>Graph:Cypher:Workers</c>,
/// <c>Graph:Cypher:QueueLength</c>). The embedded engine runs a statement synchronously on whatever thread calls it;
/// run on ASP.NET Core's thread pool, two dozen slow statements took every pool thread, so health checks and cached
/// pages (which need a pool thread for a microsecond) stalled for seconds, and a "5 s" timeout answered after 45 s
/// because the answer itself waited for a thread. Here the request thread only enqueues and awaits; nothing that
/// does not run Cypher ever waits behind Cypher. Past the queue, a statement is refused at once
/// (<see cref="ServerBusyException"/>, 503 with <c>Retry-After</c>) rather than queued without end.
/// </summary>
public sealed class StatementPool : IDisposable
{
    /// <summary>
    /// The workers' stack. The engine's recursive stages (parser, binder, planner, operator building, value
    /// conversion) check the stack left and refuse a statement that nests deeper than the thread can hold, since an
    /// overflow kills the process; on a 1.5 MB pool thread that refused legal statements (a thousand chained WITH
    /// clauses). A thread's stack is reserved address space whose pages are committed only when touched, so a deep
    /// statement pays for what it uses and an idle worker costs nothing.
    /// </summary>
    public const int StackBytes = 64 << 20;

    // How long disposal waits, in all, for the workers to finish the statements they run (each bounded by its own deadline).
    private static readonly TimeSpan DrainWait = TimeSpan.FromSeconds(10);

    private readonly BlockingCollection<PooledStatement> queue = new(new ConcurrentQueue<PooledStatement>());
    private readonly Thread[] threads;
    private readonly int capacity;

    // Statements accepted and not yet finished or given up: running plus waiting.
    private int accepted;

    public StatementPool(int workers, int queueLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workers);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLength);
        Workers = workers == 0 ? Environment.ProcessorCount : workers;
        QueueLength = queueLength;
        capacity = Workers + queueLength;
        threads = new Thread[Workers];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(Work, StackBytes) { IsBackground = true, Name = $"cypher-{i}" };
            threads[i].Start();
        }
    }

    public int Workers { get; }

    public int QueueLength { get; }

    /// <summary>Statements running or waiting now.</summary>
    public int Busy => Volatile.Read(ref accepted);

    /// <summary>
    /// Runs <paramref name="work"/> on a worker, passing it what is left of <paramref name="timeout"/>: the limit
    /// counts from now, so time spent waiting for a worker is part of it, and a statement still waiting at its
    /// deadline times out without running. Cancelling <paramref name="cancellationToken"/> (the client went away)
    /// drops a waiting statement at once; a running one sees the same token.
    /// </summary>
    public Task<QueryResult> RunAsync(Func<TimeSpan?, Task<QueryResult>> work, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<QueryResult>(cancellationToken);
        }

        if (Interlocked.Increment(ref accepted) > capacity)
        {
            Release();
            return Task.FromException<QueryResult>(new ServerBusyException(
                $"All {Workers} statement workers are busy and {QueueLength} statements are waiting (Graph:Cypher:Workers, Graph:Cypher:QueueLength); retry later."));
        }

        var statement = new PooledStatement(this, work, timeout, cancellationToken);
        try
        {
            queue.Add(statement, CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            statement.GiveUp(new StoreUnavailableException("The service is shutting down."));
        }

        return statement.Answer;
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        var until = Environment.TickCount64 + (long)DrainWait.TotalMilliseconds;
        var drained = true;
        foreach (var thread in threads)
        {
            drained &= thread.Join(TimeSpan.FromMilliseconds(Math.Max(0, until - Environment.TickCount64)));
        }

        // A worker still inside a statement would throw on a disposed queue when it comes back for the next one.
        if (drained)
        {
            queue.Dispose();
        }
    }

    /// <summary>Frees the place of a statement that finished or was given up.</summary>
    internal void Release() => Interlocked.Decrement(ref accepted);

    private void Work()
    {
        foreach (var statement in queue.GetConsumingEnumerable())
        {
            statement.Run();
        }
    }
}
