using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>
/// Kills a writing child process (SIGKILL) at random moments, many times, and checks after each kill that every
/// acknowledged transaction is in the file whole, and that nothing else is but, at most, the one transaction
/// that committed without the child living to print its acknowledgement. 20 kills by default;
/// <c>GRAPH_CRASH_LONG=1</c> runs 200.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Killing_the_writer_at_random_moments_loses_no_acknowledged_transaction_and_leaves_no_partial_one()
    {
        var kills = Environment.GetEnvironmentVariable("GRAPH_CRASH_LONG") == "1" ? 200 : 20;
        var path = _temp.File("crash.db");
        var random = new Random(20240601);
        var acknowledged = new SortedSet<long>();
        for (var round = 0; round < kills; round++)
        {
            // Some kills land while the child is still opening (recovering) the file, most while it commits.
            var delay = TimeSpan.FromMilliseconds(random.Next(0, 2500));
            var acks = await RunAndKill(path, delay);
            acknowledged.UnionWith(acks);
            await Check(path, acknowledged);
            output.WriteLine($"round {round}: killed after {delay.TotalMilliseconds} ms, {acks.Count} new acks, {acknowledged.Count} in all");
        }

        Assert.True(acknowledged.Count > kills, $"only {acknowledged.Count} transactions were acknowledged in {kills} rounds: the child hardly ran");
    }

    private static async Task Check(string path, SortedSet<long> acknowledged)
    {
        // A kill never damages the file or its log (a kill during creation leaves no file at all), and graph check,
        // read-only, says so before the store recovers the log.
        if (File.Exists(path))
        {
            Assert.Empty(StoreCheck.Run(path));
        }

        await using var store = DurableGraphStore.Open(path);
        var ids = store.Run("MATCH (t:Tx) RETURN t.id ORDER BY t.id").Rows.Select(r => (long)r[0]!).ToList();
        var lastAck = acknowledged.Count == 0 ? 0 : acknowledged.Max;
        foreach (var id in acknowledged)
        {
            Assert.Contains(id, ids);
        }

        // Beyond the acknowledged ones, only the transaction in flight at the kill may have committed.
        var extra = ids.Where(id => !acknowledged.Contains(id)).ToList();
        Assert.True(extra.Count == 0 || (extra.Count == 1 && extra[0] == lastAck + 1), $"unacknowledged transactions in the file: {string.Join(", ", extra)}");
        if (extra.Count == 1)
        {
            acknowledged.Add(extra[0]);
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        var parts = store.Run("MATCH (t:Tx)-[h:HAS]->(p:Part) WHERE p.tx = t.id AND h.k = p.k RETURN t.id, count(p)")
            .Rows.ToDictionary(r => (long)r[0]!, r => (long)r[1]!);
        foreach (var id in ids)
        {
            Assert.Equal(CrashWriter.PartsOf(id), parts.GetValueOrDefault(id));
        }

        Assert.Equal(ids.Sum(CrashWriter.PartsOf), store.Count("MATCH (p:Part) RETURN count(p)"));
        var counter = store.Run("MATCH (c:Counter) RETURN c.total, c.last").Rows;
        if (ids.Count == 0)
        {
            Assert.Empty(counter);
            return;
        }

        Assert.Equal((long)ids.Count, counter.Single()[0]);
        Assert.Equal(ids.Max(), counter.Single()[1]);
    }

    private static async Task<List<long>> RunAndKill(string path, TimeSpan delay)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashWriter).Assembly.Location);
        start.ArgumentList.Add(CrashWriter.Verb);
        start.ArgumentList.Add(path);
        using var child = Process.Start(start)!;
        var acks = new List<long>();
        var ready = new TaskCompletionSource();
        var reading = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line == "ready")
                {
                    ready.TrySetResult();
                }
                else if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    lock (acks)
                    {
                        acks.Add(long.Parse(line.AsSpan(4), CultureInfo.InvariantCulture));
                    }
                }
            }
        });
        var errors = child.StandardError.ReadToEndAsync();

        // The delay counts from "ready" half the time and from the start the other half, so kills also hit the open.
        if (delay.Milliseconds % 2 == 0)
        {
            await Task.WhenAny(ready.Task, child.WaitForExitAsync());
        }

        await Task.Delay(delay);
        if (child.HasExited)
        {
            Assert.Fail($"the child exited by itself ({child.ExitCode}): {await errors}");
        }

        child.Kill();
        await child.WaitForExitAsync();
        await reading;
        lock (acks)
        {
            return [.. acks];
        }
    }
}
