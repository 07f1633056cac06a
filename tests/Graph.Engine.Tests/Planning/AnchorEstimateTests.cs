namespace Graph.Engine.Tests.Planning;

/// <summary>Anchor choice by estimated work: sampled fan-outs beat the smallest label when the small label's edges mostly lead elsewhere.</summary>
public sealed class AnchorEstimateTests
{
    private const string Query = "MATCH (c:Chain)<-[:IN_CHAIN]-(p:Project)-[:LOCATED_IN]->(t:Town) RETURN t.name AS town, c.name AS chain, count(*) AS n";

    private static EmbeddedGraphStore Graph()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(1, 3) AS i CREATE (:Chain {name: 'c' + i}), (:Town {name: 't' + i})");

        // Each chain has many enterprises and few projects: walking a chain's IN_CHAIN edges visits them all.
        store.Run("MATCH (c:Chain) UNWIND range(1, 200) AS i CREATE (:Enterprise)-[:IN_CHAIN]->(c)");
        store.Run("MATCH (c:Chain), (t:Town) UNWIND range(1, 3) AS i CREATE (c)<-[:IN_CHAIN]-(:Project)-[:LOCATED_IN]->(t)");
        return store;
    }

    [Fact]
    public void A_small_label_whose_edges_mostly_lead_elsewhere_is_not_the_anchor()
    {
        var plan = PlanShapeTests.Explain(Graph(), Query);

        // Towns (9 edges each, all to projects) beat chains (209 edges each, 9 to projects).
        Assert.Contains("NodeByLabelScan(t:Town)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("NodeByLabelScan(c:Chain)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_store_keeps_the_smallest_label_rule()
    {
        var plan = PlanShapeTests.Explain(new EmbeddedGraphStore(), Query);

        Assert.Contains("NodeByLabelScan(c:Chain)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chosen_anchor_gives_the_same_groups()
    {
        var store = Graph();

        var rows = store.Run(Query + " ORDER BY town, chain").Rows;

        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal(3L, r[2]));
    }
}
