using Graph.Core.Store;

namespace Graph.Engine.Tests.Storage;

public sealed class AdjacencyConcurrencyTests
{
    private const int Writes = 400;
    private const int Readers = 2;

    [Fact]
    public async Task Readers_walking_a_growing_hub_see_whole_transactions_only()
    {
        // Every write adds one A and one B edge out of the hub and one C edge into it, in one transaction: adding to
        // the earlier of the two outgoing groups copies the array and moves that group last, and 1,200 relationships
        // outgrow the first relationship slot arrays, so readers walk arrays while they are grown and replaced.
        // Own threads, and the writer starts once every reader has read: a busy thread pool must not let the writer
        // finish before any reader runs.
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:Hub)");
        using var started = new CountdownEvent(Readers);
        using var done = new CancellationTokenSource();
        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                var reads = 0;
                do
                {
                    var row = store.Run(
                        new CypherQuery("MATCH (h:Hub)-[r]-() RETURN count(r), sum(CASE type(r) WHEN 'A' THEN 1 ELSE 0 END), sum(CASE type(r) WHEN 'C' THEN 1 ELSE 0 END)"),
                        AccessMode.Read).Rows[0];
                    var (total, a, c) = ((long)row[0]!, (long)row[1]!, (long)row[2]!);
                    Assert.Equal((3 * a, a), (total, c));
                    if (reads++ == 0)
                    {
                        started.Signal();
                    }
                }
                while (!done.IsCancellationRequested);
            },
            TaskCreationOptions.LongRunning)).ToArray();
        var writer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    started.Wait();
                    for (var i = 0; i < Writes; i++)
                    {
                        store.Run("MATCH (h:Hub) CREATE (h)-[:A]->(:Leaf), (h)-[:B]->(:Leaf), (:Leaf)-[:C]->(h)");
                    }
                }
                finally
                {
                    done.Cancel();
                }
            },
            TaskCreationOptions.LongRunning);

        await writer;
        await Task.WhenAll(readers);

        Assert.Equal(3L * Writes, store.Scalar("MATCH (:Hub)-[r]-() RETURN count(r)"));
        Assert.Equal((long)Writes, store.Scalar("MATCH (:Hub)-[r:B]->() RETURN count(r)"));
    }
}
