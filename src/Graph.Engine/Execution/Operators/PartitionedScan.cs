using System.Runtime.ExceptionServices;
using Graph.Engine.Planning;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Runs a read-only plan over contiguous partitions of a label scan's candidates on all cores. Each partition
/// builds its own operator tree, frame and run context from the same compiled plan, so nothing mutable is shared
/// but the read transaction (a snapshot, safe to read from any thread). Partitions concatenated in order are the
/// serial scan, so callers can return rows, ties and the first error exactly as the serial plan would. The calling
/// thread takes parts too, until none is left, so a busy pool makes the scan serial, not blocked.
/// </summary>
internal sealed class PartitionedScan(LogicalOperator plan, LogicalNodeScan scan, ExpressionCompiler compiler)
{
    /// <summary>
    /// Fewer candidates than this run serially: handing a partition to another thread costs ~30 µs, and a scan row
    /// costs at least ~100 ns, so below ~4,000 rows (0.4 ms) the gain would not cover the hand-off.
    /// </summary>
    internal const int MinimumCandidates = 4096;

    private static readonly int Workers = Math.Min(Environment.ProcessorCount, 8);

    // One part per worker, taken in turn by whoever is free. Four parts per worker measured no better on q08 at L
    // (7.3–7.9 ms against 7.5–8.2) and made q07 twice as slow (each part builds its own groups and caches).
    private static readonly int Partitions = Workers;

    /// <summary>How many partitioned runs this thread started (for tests: the parallel path must not be silently skipped).</summary>
    [ThreadStatic]
    internal static long Runs;

    /// <summary>True when this run should be partitioned: a read transaction, several cores and a large label.</summary>
    public bool Worthwhile(QueryContext context) => Workers >= 2 && !context.Transaction.Writable && Candidates(context) >= MinimumCandidates;

    private long Candidates(QueryContext context)
    {
        var token = compiler.Tokens.Label(scan.Label!);
        return token >= 0 && context.Transaction.LabelCandidates(token) is { } candidates ? candidates.Count : 0;
    }

    /// <summary>Every row of the plan, partition by partition: each a copy of the partition's frame.</summary>
    public List<object?[]>[] Run(Frame frame)
    {
        Runs++;
        var total = Candidates(frame.Context);
        var initial = frame.Save();
        var rows = new List<object?[]>[Partitions];
        var errors = new ExceptionDispatchInfo?[Partitions];
        var taken = -1;
        void Work()
        {
            for (var part = Interlocked.Increment(ref taken); part < Partitions; part = Interlocked.Increment(ref taken))
            {
                Part(part);
            }
        }

        void Part(int part)
        {
            try
            {
                var context = frame.Context.Fork();
                var builder = new OperatorBuilder(compiler, profile: false) { Partition = new ScanPartition(scan, part, Partitions, total) };
                context.Builder = builder;
                var op = builder.Build(plan);
                var local = new Frame(initial.Length, context);
                local.Restore(initial);
                var found = new List<object?[]>();
                while (op.Pull(local))
                {
                    found.Add(local.Save());
                }

                rows[part] = found;
            }
            catch (Exception e)
            {
                errors[part] = ExceptionDispatchInfo.Capture(e);
            }
        }

        var others = new Task[Workers - 1];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = Task.Run(Work, frame.Context.CancellationToken);
        }

        Work();

        Task.WaitAll(others, frame.Context.CancellationToken);

        // The serial scan would have met the first partition's error first.
        foreach (var error in errors)
        {
            error?.Throw();
        }

        return rows;
    }

    /// <summary>
    /// The labelled scan at the bottom of a chain of expansions, projections and filters (nothing that writes,
    /// nothing with an outer input), or null for any other shape.
    /// </summary>
    public static LogicalNodeScan? Under(LogicalOperator op)
    {
        while (true)
        {
            switch (op)
            {
                case LogicalProject p:
                    op = p.Input;
                    break;
                case LogicalFilter f:
                    op = f.Input;
                    break;
                case LogicalExpand e:
                    op = e.Input;
                    break;
                case LogicalNodeScan { Label: not null, Input: LogicalArgument } scan:
                    return scan;
                default:
                    return null;
            }
        }
    }
}
