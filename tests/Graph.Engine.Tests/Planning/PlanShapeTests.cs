using Graph.Core.Store;
using Graph.Engine.Planning;

namespace Graph.Engine.Tests.Planning;

/// <summary>Golden plan shapes: what EXPLAIN prints for queries whose plan matters.</summary>
public sealed class PlanShapeTests
{
    internal static string Explain(EmbeddedGraphStore store, string query) =>
        store.Run(new CypherQuery(query), AccessMode.Read, new QueryOptions { ExplainOnly = true }).Plan!;

    private static EmbeddedGraphStore Indexed()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(1, 50) AS i CREATE (:Enterprise {name: 'e' + i})-[:IN_CHAIN]->(:Chain {name: 'c' + (i % 3)})");
        store.Run("UNWIND range(1, 5) AS i CREATE (:Town {name: 't' + i})");
        store.Run("CREATE INDEX FOR (e:Enterprise) ON (e.name)");
        return store;
    }

    [Fact]
    public void An_indexed_property_equality_is_the_anchor_and_the_pattern_expands_from_it()
    {
        var plan = Explain(Indexed(), "MATCH (c:Chain)<-[:IN_CHAIN]-(e:Enterprise {name: $name}) RETURN c.name AS chain");

        Assert.Equal(
            """
            ProduceResults(chain)
              Projection(c.name AS chain)
                Filter(c:Chain)
                  Expand((e)-[anon1:IN_CHAIN]->(c))
                    Filter((e.name = $name))
                      NodeIndexSeek(e:Enterprise(name = $name))
            """.ReplaceLineEndings("\n"),
            plan);
    }

    [Fact]
    public void Starts_with_on_an_indexed_property_becomes_a_prefix_seek()
    {
        var plan = Explain(Indexed(), "MATCH (e:Enterprise) WHERE e.name STARTS WITH $p RETURN e.name AS name ORDER BY name LIMIT 5");

        Assert.Equal(
            """
            ProduceResults(name)
              Top(name; 5)
                Projection(e.name AS name)
                  Filter((e.name STARTS WITH $p))
                    NodeIndexSeek(e:Enterprise(name STARTS WITH $p))
            """.ReplaceLineEndings("\n"),
            plan);
    }

    [Fact]
    public void In_a_list_on_an_indexed_property_seeks_each_value()
    {
        var store = Indexed();
        const string query = "MATCH (e:Enterprise) WHERE e.name IN $names RETURN e.name AS name ORDER BY name";

        Assert.Contains("NodeIndexSeek(e:Enterprise(name IN $names))", Explain(store, query), StringComparison.Ordinal);
        Assert.Equal(["e2", "e7"], store.Column(query, ("names", new[] { "e7", "e2", "e7", "none" })));
    }

    [Fact]
    public void A_range_on_an_indexed_property_seeks_one_bound_and_filters_the_rest()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(1, 30) AS i CREATE (:Year {y: 1990 + i, half: i % 2 = 0})");
        store.Run("CREATE (:Year {y: 2000.5}), (:Year {y: 'text'})");
        store.Run("CREATE INDEX FOR (n:Year) ON (n.y)");
        const string query = "MATCH (n:Year) WHERE 2015 < n.y AND n.y <= 2018 RETURN n.y AS y ORDER BY y";

        Assert.Contains("NodeIndexSeek(n:Year(y > 2015))", Explain(store, query), StringComparison.Ordinal);
        Assert.Equal([2016L, 2017L, 2018L], store.Column(query));
        Assert.Equal([2000L, 2000.5], store.Column("MATCH (n:Year) WHERE n.y >= 2000 AND n.y < 2001 RETURN n.y AS y ORDER BY y"));
    }

    [Fact]
    public void Without_an_index_the_smallest_label_is_scanned_first()
    {
        var plan = Explain(Indexed(), "MATCH (t:Town), (e:Enterprise) RETURN count(*) AS n");

        Assert.Equal(
            """
            ProduceResults(n)
              Aggregation(keys: [], aggregates: [count(*)])
                NodeByLabelScan(e:Enterprise)
                  NodeByLabelScan(t:Town)
            """.ReplaceLineEndings("\n"),
            plan);
    }

    [Fact]
    public void A_read_before_a_write_is_separated_by_an_eager_barrier()
    {
        var plan = Explain(Indexed(), "MATCH (t:Town) CREATE (:Town {name: t.name + 'x'})");

        Assert.Equal(
            """
            ProduceResults()
              Create
                Eager
                  NodeByLabelScan(t:Town)
            """.ReplaceLineEndings("\n"),
            plan);
    }

    [Fact]
    public void Switching_rewrites_off_changes_the_plan_but_not_the_rows()
    {
        var store = Indexed();
        const string query = "MATCH (c:Chain)<-[:IN_CHAIN]-(e:Enterprise) WHERE e.name STARTS WITH 'e1' RETURN e.name AS n ORDER BY n LIMIT 4";
        var with = store.Run(new CypherQuery(query));
        var withPlan = Explain(store, query);

        store.Rewrites = RewriteOptions.None;
        store.ClearCache();
        var without = store.Run(new CypherQuery(query));

        Assert.NotEqual(withPlan, Explain(store, query));
        Assert.Equal(with.Rows.Select(r => r[0]), without.Rows.Select(r => r[0]));
        Assert.Equal(["e1", "e10", "e11", "e12"], without.Rows.Select(r => r[0]));
    }
}
