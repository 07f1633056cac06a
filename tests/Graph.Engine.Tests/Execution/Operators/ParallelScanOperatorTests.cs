using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Execution.Operators;

namespace Graph.Engine.Tests.Execution.Operators;

/// <summary>
/// A label scan under expansions, projections and filters feeding a sort or top runs in partitions on all cores
/// when the label is large; its rows, their order, ties and errors must be the serial plan's. PROFILE keeps the
/// serial tree, so it is the reference.
/// </summary>
public sealed class ParallelScanOperatorTests
{
    internal const int Nodes = PartitionedScan.MinimumCandidates * 2 + 7;

    internal static EmbeddedGraphStore Places()
    {
        var store = new EmbeddedGraphStore();
        store.Run(
            "UNWIND range(0, $n - 1) AS i CREATE (:Place {id: i, lat: 30.0 + (i % 97) / 100.0, lon: 120.0 + (i % 89) / 100.0, kind: i % 5})",
            ("n", Nodes));
        store.Run("UNWIND range(0, 6) AS r CREATE (:Region {name: 'r' + r})");
        store.Run("MATCH (p:Place), (r:Region) WHERE r.name = 'r' + (p.id % 7) CREATE (p)-[:IN]->(r)");
        return store;
    }

    internal static void AssertSameAsSerial(EmbeddedGraphStore store, string query)
    {
        var before = PartitionedScan.Runs;
        var parallel = store.Run(query).Rows;
        var ran = PartitionedScan.Runs - before;
        var serial = store.Run("PROFILE " + query).Rows;

        Assert.NotEmpty(serial);
        Assert.Equal(serial, parallel);
        if (Environment.ProcessorCount > 1)
        {
            Assert.True(ran > 0, "the statement should have run its scan in parallel");
        }
    }

    [Theory]
    [InlineData("MATCH (p:Place) WITH p, radians(p.lat - 30.4) AS dlat, radians(p.lon - 120.4) AS dlon WITH p, sin(dlat / 2) * sin(dlat / 2) + cos(radians(30.4)) * cos(radians(p.lat)) * sin(dlon / 2) * sin(dlon / 2) AS h WITH p, 2 * 6371.0 * asin(sqrt(h)) AS km WHERE km <= 20.0 RETURN p.id AS id, km ORDER BY km")]
    [InlineData("MATCH (p:Place) WHERE p.kind = 3 RETURN p.kind AS kind, p.id AS id ORDER BY kind")]
    [InlineData("MATCH (p:Place) RETURN p.id AS id ORDER BY p.lat DESC LIMIT 25")]
    [InlineData("MATCH (p:Place) WITH p.kind AS kind, p.lat AS lat WHERE lat > 30.5 RETURN kind, lat ORDER BY lat, kind LIMIT 30")]
    [InlineData("MATCH (p:Place)-[:IN]->(r) WHERE p.kind < 3 RETURN r.name AS region, p.id AS id ORDER BY region")]
    public void A_large_label_scan_gives_the_serial_rows_in_the_serial_order(string query)
    {
        AssertSameAsSerial(Places(), query);
    }

    [Fact]
    public void Parameters_and_the_statement_clock_are_the_same_in_every_partition()
    {
        var store = Places();
        var query = "MATCH (p:Place) WITH timestamp() AS clock, $x + p.kind AS value RETURN clock, value ORDER BY value";

        var rows = store.Run(query, ("x", 10)).Rows;

        Assert.Equal(Nodes, rows.Count);
        Assert.Single(rows.Select(r => r[0]).Distinct());
        Assert.Equal([10L, 11L, 12L, 13L, 14L], rows.Select(r => r[1]).Distinct());
    }

    [Fact]
    public void An_error_in_a_later_partition_is_the_serial_error()
    {
        var store = Places();
        store.Run("MATCH (p:Place {id: $id}) SET p.lat = 'north'", ("id", Nodes - 3));
        const string Query = "MATCH (p:Place) RETURN p.id AS id ORDER BY p.lat * 2.0 + 1.0";

        var parallel = Assert.ThrowsAny<GraphException>(() => store.Run(Query));
        var serial = Assert.ThrowsAny<GraphException>(() => store.Run("PROFILE " + Query));

        Assert.Equal(serial.Code, parallel.Code);
        Assert.Equal(serial.Message, parallel.Message);
    }

    [Fact]
    public void A_write_transaction_reads_its_own_changes_through_the_serial_scan()
    {
        var store = Places();

        var result = store.Run("MATCH (p:Place) WHERE p.id < 3 SET p.kind = 100 WITH count(*) AS changed MATCH (q:Place) WHERE q.kind = 100 RETURN changed, count(q) AS seen");

        Assert.Equal(new object?[] { 3L, 3L }, result.Rows.Single());
    }

    [Fact]
    public void A_small_label_runs_serially_with_the_same_rows()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(1, 50) AS i CREATE (:Place {id: i})");
        var before = PartitionedScan.Runs;

        var rows = store.Run(new CypherQuery("MATCH (p:Place) RETURN p.id AS id ORDER BY id DESC"), AccessMode.Read).Rows;

        Assert.Equal(50, rows.Count);
        Assert.Equal(50L, rows[0][0]);
        Assert.Equal(before, PartitionedScan.Runs);
    }
}
