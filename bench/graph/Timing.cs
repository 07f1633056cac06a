using System.Diagnostics;
using System.Text.Json.Nodes;
using Graph.Core.Store;

namespace Graph.Bench;

/// <summary>The kit's protocol: warm-up runs untimed, then timed runs (execution plus every row), median and nearest-rank p95.</summary>
internal static class Timing
{
    public static JsonObject Measure(string engine, BenchOptions options, string id, Func<QueryResult> run)
    {
        var budget = Stopwatch.StartNew();
        QueryResult? result = null;
        for (var i = 0; i < options.Warmup && budget.Elapsed.TotalSeconds <= options.MaxSecondsPerQuery; i++)
        {
            result = run();
        }

        var times = new List<double>();
        for (var i = 0; i < options.Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            result = run();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (budget.Elapsed.TotalSeconds > options.MaxSecondsPerQuery)
            {
                break;
            }
        }

        times.Sort();
        return new JsonObject
        {
            ["engine"] = engine,
            ["scale"] = options.Scale,
            ["query"] = id,
            ["median_ms"] = Math.Round(Percentile(times, 50), 3),
            ["p95_ms"] = Math.Round(Percentile(times, 95), 3),
            ["runs"] = times.Count,
            ["rows"] = result!.Rows.Count,
            ["check"] = Check(result),

            // Which query raises the process's peak: the footprint is judged by the peak over the whole run.
            ["rss_mb"] = Environment.WorkingSet / (1024 * 1024),
            ["peak_rss_mb"] = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),
            ["gc_counts"] = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}",
        };
    }

    /// <summary>Nearest rank, as the peers' common.py computes it.</summary>
    private static double Percentile(List<double> sorted, double p)
    {
        var k = Math.Max(0, Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1));
        return sorted[k];
    }

    /// <summary>The sum of every integer-valued cell (booleans excluded), as the peers compute it.</summary>
    private static long Check(QueryResult result)
    {
        long sum = 0;
        foreach (var row in result.Rows)
        {
            foreach (var cell in row)
            {
                if (cell is long l)
                {
                    sum += l;
                }
                else if (cell is int i)
                {
                    sum += i;
                }
            }
        }

        return sum;
    }
}
