using Graph.Core.Store;

namespace Graph.Api.Configuration;

/// <summary>Limits on user-written Cypher (<c>POST /api/cypher</c> and the Query API): <c>Graph:Cypher:*</c>.</summary>
public sealed class CypherLimits
{
    /// <summary>Wall-clock limit of one statement.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows past this are cut and the answer says so.</summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>Threads that run statements (every statement, not only user-written ones); 0 means one per processor.</summary>
    public int Workers { get; set; }

    /// <summary>Statements that may wait for a free worker; one more is refused at once with 503 and <c>Retry-After</c>.</summary>
    public int QueueLength { get; set; } = 256;

    /// <summary>How long opening a write transaction, or a write, waits for another write transaction to end.</summary>
    public TimeSpan WriterWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Estimated bytes one statement may hold (values it builds, rows it buffers to sort, group or collect, its
    /// result). 256 MiB: the full seed's heaviest real queries hold a few MiB, so this is two orders of magnitude of
    /// room; the estimate may be up to about twice the heap really used, so a statement at the limit costs at most
    /// about half a GiB; and the shared <see cref="MaxTotalMemory"/> still fits eight of them at once.
    /// </summary>
    public long MaxMemory { get; set; } = 256L << 20;

    /// <summary>
    /// Estimated bytes all running statements may hold together: 2 GiB, well inside the process's room on a small
    /// machine, so many statements each under <see cref="MaxMemory"/> cannot together exhaust it.
    /// </summary>
    public long MaxTotalMemory { get; set; } = 2L << 30;

    /// <summary>
    /// Estimated size of an answer's rows: rows past it are cut like the row cap (a first row alone past it is a memory
    /// error). 32 MiB: 10,000 rows of 3 KiB; far more than a person reads, little enough to send in well under a second.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 32L << 20;

    /// <summary>These limits as the options of one statement.</summary>
    public QueryOptions ToQueryOptions() => new()
    {
        Timeout = Timeout,
        MaxRows = MaxRows,
        MaxMemory = MaxMemory,
        MaxTotalMemory = MaxTotalMemory,
        MaxResponseBytes = MaxResponseBytes,
    };
}
