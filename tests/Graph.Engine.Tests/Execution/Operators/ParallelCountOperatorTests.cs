namespace Graph.Engine.Tests.Execution.Operators;

/// <summary>
/// Plain counts grouped over a large label scan are counted per partition and merged: groups, their first-seen
/// order and their counts must be the serial plan's (PROFILE keeps the serial tree); other aggregates stay serial.
/// </summary>
public sealed class ParallelCountOperatorTests
{
    [Theory]
    [InlineData("MATCH (p:Place) RETURN count(*) AS n")]
    [InlineData("MATCH (p:Place) RETURN p.kind AS kind, count(*) AS n")]
    [InlineData("MATCH (p:Place)-[:IN]->(r) RETURN r.name AS region, p.kind AS kind, count(*) AS n, count(p.lat) AS lats")]
    [InlineData("MATCH (p:Place)-[:IN]->(r) WHERE p.id % 3 = 0 WITH r, p RETURN r, count(p) AS n")]
    [InlineData("MATCH (p:Place) WHERE p.kind > 100 RETURN count(*) AS n")]
    [InlineData("MATCH (p:Place) WITH p.kind AS kind, CASE WHEN p.id % 2 = 0 THEN null ELSE p.id END AS odd RETURN kind, count(odd) AS odds ORDER BY kind")]
    public void Counts_per_group_are_the_serial_counts_in_the_serial_order(string query)
    {
        ParallelScanOperatorTests.AssertSameAsSerial(ParallelScanOperatorTests.Places(), query);
    }

    [Fact]
    public void Counting_an_empty_match_without_keys_gives_one_row_of_zero()
    {
        var store = ParallelScanOperatorTests.Places();

        Assert.Equal(0L, store.Scalar("MATCH (p:Place) WHERE p.kind > 100 RETURN count(*)"));
        Assert.Empty(store.Run("MATCH (p:Place) WHERE p.kind > 100 RETURN p.kind, count(*)").Rows);
    }

    [Fact]
    public void Distinct_counts_and_other_aggregates_give_the_serial_values()
    {
        var store = ParallelScanOperatorTests.Places();

        Assert.Equal(5L, store.Scalar("MATCH (p:Place) RETURN count(DISTINCT p.kind)"));
        Assert.Equal(
            store.Run("PROFILE MATCH (p:Place) RETURN p.kind AS kind, sum(p.lat) AS lat, count(*) AS n").Rows,
            store.Run("MATCH (p:Place) RETURN p.kind AS kind, sum(p.lat) AS lat, count(*) AS n").Rows);
    }

    [Fact]
    public async Task Counting_while_a_writer_adds_nodes_of_the_label_counts_every_earlier_node_once()
    {
        var store = ParallelScanOperatorTests.Places();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            var next = ParallelScanOperatorTests.Nodes;
            while (!stop.IsCancellationRequested)
            {
                store.Run("CREATE (:Place {id: $id, kind: 0})", ("id", next++));
            }
        });

        try
        {
            for (var i = 0; i < 40; i++)
            {
                var row = store.Run(
                    "MATCH (p:Place) RETURN count(CASE WHEN p.id < $n THEN 1 END) AS earlier, count(*) AS all",
                    ("n", ParallelScanOperatorTests.Nodes)).Rows.Single();

                Assert.Equal((long)ParallelScanOperatorTests.Nodes, row[0]);
                Assert.True((long)row[1]! >= ParallelScanOperatorTests.Nodes);
            }
        }
        finally
        {
            stop.Cancel();
            await writer;
        }
    }
}
