using Graph.Core.Store;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>
/// One writer, many readers, through the durable store: every reader sees a consistent snapshot (never half a
/// transaction), and a long read does not hold up writes.
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const long Accounts = 20;
    private const long Total = Accounts * 1000;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Readers_never_see_half_a_transaction_while_a_writer_changes_the_graph()
    {
        await using var store = DurableGraphStore.Open(_temp.File("concurrent.db"));
        store.Run("UNWIND range(1, $n) AS i CREATE (:Account {no: i, balance: 1000})", Parameters(("n", Accounts)));
        var writing = true;
        var writer = Task.Run(async () =>
        {
            var random = new Random(7);
            try
            {
                for (var i = 0; i < 150; i++)
                {
                    var (from, to, amount) = (random.NextInt64(1, Accounts + 1), random.NextInt64(1, Accounts + 1), random.NextInt64(1, 300));
                    if (i % 2 == 0)
                    {
                        // One statement: a transfer and a pair of linked nodes.
                        store.Run(
                            "MATCH (a:Account {no: $from}), (b:Account {no: $to}) SET a.balance = a.balance - $amount SET b.balance = b.balance + $amount CREATE (:Half {i: $i})-[:PAIRED]->(:Half {i: $i})",
                            Parameters(("from", from), ("to", to), ("amount", amount), ("i", (long)i)));
                    }
                    else
                    {
                        // Several statements in one explicit transaction: readers must not see the first without the rest.
                        await using var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None);
                        var p = Parameters(("from", from), ("to", to), ("amount", amount), ("i", (long)i));
                        await tx.RunAsync(new CypherQuery("MATCH (a:Account {no: $from}) SET a.balance = a.balance - $amount", p), null, CancellationToken.None);
                        await tx.RunAsync(new CypherQuery("CREATE (:Half {i: $i})", p), null, CancellationToken.None);
                        await tx.RunAsync(new CypherQuery("MATCH (b:Account {no: $to}) SET b.balance = b.balance + $amount", p), null, CancellationToken.None);
                        await tx.RunAsync(new CypherQuery("MATCH (h:Half {i: $i}) CREATE (h)-[:PAIRED]->(:Half {i: $i})", p), null, CancellationToken.None);
                        await tx.CommitAsync(CancellationToken.None);
                    }
                }
            }
            finally
            {
                Volatile.Write(ref writing, false);
            }
        });

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var checks = 0;
            while (Volatile.Read(ref writing) || checks < 5)
            {
                await using var tx = await store.BeginAsync(AccessMode.Read, CancellationToken.None);
                var sums = await tx.RunAsync(new CypherQuery("MATCH (a:Account) RETURN sum(a.balance), count(a)"), null, CancellationToken.None);
                Assert.Equal(Total, sums.Rows[0][0]);
                Assert.Equal(Accounts, sums.Rows[0][1]);
                var halves = await tx.RunAsync(new CypherQuery("MATCH (h:Half) RETURN count(h)"), null, CancellationToken.None);
                var pairs = await tx.RunAsync(new CypherQuery("MATCH (:Half)-[p:PAIRED]->(:Half) RETURN count(p)"), null, CancellationToken.None);
                Assert.Equal((long)halves.Rows[0][0]!, 2 * (long)pairs.Rows[0][0]!);
                checks++;
            }

            return checks;
        })).ToList();

        await writer.WaitAsync(TimeSpan.FromMinutes(5));
        var counts = await Task.WhenAll(readers).WaitAsync(TimeSpan.FromMinutes(5));
        Assert.All(counts, c => Assert.True(c >= 5));
        Assert.Equal(300, store.Count("MATCH (h:Half) RETURN count(h)"));
    }

    [Fact]
    public async Task A_long_read_does_not_hold_up_writes_and_keeps_its_snapshot()
    {
        var path = _temp.File("long-read.db");
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("UNWIND range(1, 100) AS i CREATE (:Item {i: i})");
            await using var read = await store.BeginAsync(AccessMode.Read, CancellationToken.None);
            var before = await read.RunAsync(new CypherQuery("MATCH (n:Item) RETURN count(n)"), null, CancellationToken.None);

            // With the read still open, writes go through (a blocked write would hang here, so it is bounded).
            await Task.Run(() =>
            {
                for (var i = 0; i < 20; i++)
                {
                    store.Run("CREATE (:Item {i: -1})");
                }

                store.Run("MATCH (n:Item) WHERE n.i <= 10 DETACH DELETE n");
            }).WaitAsync(TimeSpan.FromMinutes(2));

            var during = await read.RunAsync(new CypherQuery("MATCH (n:Item) RETURN count(n), sum(n.i)"), null, CancellationToken.None);
            Assert.Equal(before.Rows[0][0], during.Rows[0][0]);
            Assert.Equal("5050 Int64", $"{during.Rows[0][1]} {during.Rows[0][1]?.GetType().Name}");
            Assert.Equal(90, store.Count("MATCH (n:Item) RETURN count(n)"));
        }

        await using var reopened = DurableGraphStore.Open(path);
        Assert.Equal(90, reopened.Count("MATCH (n:Item) RETURN count(n)"));
    }

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
