using System.Runtime.ExceptionServices;
using Graph.Engine.Planning;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// A label scan with the projections and filters above it, run in contiguous partitions of the label's nodes on
/// all cores, for an operator that reads its whole input before yielding (sort, top, aggregation). Each partition
/// builds its own operator tree, frame and run context from the same compiled plan, so nothing mutable is shared
/// but the read transaction (a snapshot, safe to read from any thread). The partitions' rows are then yielded in
/// partition order, which is the serial scan's order: results, ties in sorts and the first error are those of the
/// serial plan. A write transaction or a small label runs the serial tree instead. The calling thread runs every
/// partition no pool thread has started, so a busy pool makes the scan serial rather than making it wait.
/// </summary>
internal sealed class ParallelScanOperator(Operator serial, LogicalOperator pipeline, LogicalNodeScan scan, ExpressionCompiler compiler) : Operator
{
    /// <summary>
    /// Fewer candidates than this run serially: handing a partition to another thread costs ~30 µs, and a scan row
    /// costs at least ~100 ns, so below ~4,000 rows (0.4 ms) the gain would not cover the hand-off.
    /// </summary>
    internal const int MinimumCandidates = 4096;

    // Benchmark q08 at scale L: 20,000 places, ~600 ns each through three projections; 2 cores.
    private static readonly int Partitions = Math.Min(Environment.ProcessorCount, 8);

    private List<object?[]>[]? _rows;
    private bool _serial;
    private int _part;
    private int _next;

    /// <summary>How many runs on this thread took the partitioned path (for tests: it must not be silently skipped).</summary>
    [ThreadStatic]
    internal static long ParallelRuns;

    public override bool Pull(Frame frame)
    {
        if (_rows is null && !_serial)
        {
            _serial = !ShouldRunParallel(frame.Context);
            if (!_serial)
            {
                _rows = RunPartitions(frame);
                ParallelRuns++;
            }
        }

        if (_serial)
        {
            return serial.Pull(frame);
        }

        while (_part < _rows!.Length)
        {
            var rows = _rows[_part];
            if (_next < rows.Count)
            {
                frame.Restore(rows[_next++]);
                return true;
            }

            _part++;
            _next = 0;
        }

        return false;
    }

    public override void Reset()
    {
        _rows = null;
        _serial = false;
        _part = 0;
        _next = 0;
        serial.Reset();
    }

    private bool ShouldRunParallel(QueryContext context)
    {
        var tx = context.Transaction;
        if (Partitions < 2 || tx.Writable)
        {
            return false;
        }

        var token = compiler.Tokens.Label(scan.Label!);
        return token >= 0 && tx.LabelCandidates(token) is { Count: >= MinimumCandidates };
    }

    private List<object?[]>[] RunPartitions(Frame frame)
    {
        var initial = frame.Save();
        var rows = new List<object?[]>[Partitions];
        var errors = new ExceptionDispatchInfo?[Partitions];
        var claimed = new int[Partitions];
        void Work(int part)
        {
            if (Interlocked.Exchange(ref claimed[part], 1) != 0)
            {
                return;
            }

            try
            {
                var context = frame.Context.Fork();
                var builder = new OperatorBuilder(compiler, profile: false) { Partition = new ScanPartition(scan, part, Partitions) };
                context.Builder = builder;
                var op = builder.Build(pipeline);
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

        var others = new Task[Partitions - 1];
        for (var i = 1; i < Partitions; i++)
        {
            var part = i;
            others[i - 1] = Task.Run(() => Work(part), frame.Context.CancellationToken);
        }

        for (var part = 0; part < Partitions; part++)
        {
            Work(part);
        }

        Task.WaitAll(others, frame.Context.CancellationToken);

        // The serial scan would have met the first partition's error first.
        foreach (var error in errors)
        {
            error?.Throw();
        }

        return rows;
    }
}
