using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Graph.Api.Tests.Fuzz;

/// <summary>
/// What the HTTP fuzz saw: answers by status, the slowest answer, and the failures: a 5xx other than a 503 that says
/// when to come back, an answer slower than the bound, no answer at all, a liveness probe that stalls, or the process
/// gone. Failures are grouped by kind and first line so one bug is listed once, with the first request that showed it.
/// </summary>
internal sealed class HttpFuzzVerdicts
{
    private readonly ConcurrentDictionary<int, int> statuses = new();
    private readonly ConcurrentDictionary<string, (int Count, string Example)> failures = new(StringComparer.Ordinal);
    private long slowestTicks;
    private int cases;

    public int Cases => cases;

    public int DistinctFailures => failures.Count;

    /// <summary>The request that took longest, for the summary.</summary>
    public string SlowestRequest { get; private set; } = "";

    public void Answered(HttpStatusCode status, TimeSpan elapsed, string request)
    {
        Interlocked.Increment(ref cases);
        statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
        lock (statuses)
        {
            if (elapsed.Ticks > slowestTicks)
            {
                slowestTicks = elapsed.Ticks;
                SlowestRequest = $"{(int)status} after {elapsed.TotalMilliseconds:0} ms: {request}";
            }
        }
    }

    public void Fail(string kind, string firstLine, string example) =>
        failures.AddOrUpdate($"{kind}: {firstLine}", (1, example), (_, f) => (f.Count + 1, f.Example));

    public string Summary() =>
        $"{cases} requests; statuses " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))
        + $"; {failures.Count} distinct failures; slowest answer {SlowestRequest}";

    public string Failures()
    {
        var text = new StringBuilder();
        foreach (var (key, (count, example)) in failures.OrderByDescending(f => f.Value.Count))
        {
            text.Append(CultureInfo(count)).Append("× ").AppendLine(key).AppendLine(example).AppendLine();
        }

        return text.ToString();
    }

    private static string CultureInfo(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
