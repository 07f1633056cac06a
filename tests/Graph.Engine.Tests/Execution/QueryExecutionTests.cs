using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Engine.Tests.Execution;

public sealed class QueryExecutionTests
{
    private static EmbeddedGraphStore Chain()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (a:P {name: 'a'})-[:NEXT]->(b:P {name: 'b'})-[:NEXT]->(c:P {name: 'c'})-[:NEXT]->(d:P {name: 'd'})");
        return store;
    }

    [Fact]
    public void Optional_match_yields_nulls_for_a_missing_pattern()
    {
        var store = Chain();

        var rows = store.Run("MATCH (p:P) OPTIONAL MATCH (p)-[:NEXT]->(q) RETURN p.name, q.name ORDER BY p.name").Rows;

        Assert.Equal(new object?[] { "d", null }, rows[^1]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Variable_length_expansion_never_repeats_a_relationship()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (a:N {id: 1})-[:R]->(b:N {id: 2})-[:R]->(a)");

        var lengths = store.Column("MATCH (a:N {id: 1})-[rs:R*]->(x) RETURN size(rs) ORDER BY size(rs)");

        Assert.Equal([1L, 2L], lengths);
    }

    [Fact]
    public void Relationships_of_one_match_are_distinct()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:A)-[:R]->(:B)");

        Assert.Equal(0L, store.Scalar("MATCH (a)-[r1]-(b)-[r2]-(c) RETURN count(*)"));
        Assert.Equal(2L, store.Scalar("MATCH (a)-[r1]-(b) MATCH (b)-[r2]-(c) RETURN count(*)"));
    }

    [Fact]
    public void Aggregation_groups_by_the_other_columns()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND [['x', 1], ['x', 2], ['y', 5]] AS p CREATE (:V {k: p[0], v: p[1]})");

        var rows = store.Run("MATCH (n:V) RETURN n.k AS k, sum(n.v) AS total, collect(n.v) AS vs ORDER BY k").Rows;

        Assert.Equal("x", rows[0][0]);
        Assert.Equal(3L, rows[0][1]);
        Assert.Equal([1L, 2L], ((IEnumerable<object?>)rows[0][2]!).Order());
        Assert.Equal(5L, rows[1][1]);
    }

    [Fact]
    public void Order_by_may_use_a_variable_the_projection_dropped()
    {
        var store = Chain();

        Assert.Equal(["d", "c", "b", "a"], store.Column("MATCH (p:P) RETURN p.name AS name ORDER BY p.name DESC"));
    }

    [Fact]
    public void Merge_matches_or_creates_the_whole_pattern_once()
    {
        var store = new EmbeddedGraphStore();

        store.Run("UNWIND [1, 1, 2] AS i MERGE (n:M {i: i}) ON CREATE SET n.created = true ON MATCH SET n.matched = true");

        Assert.Equal(2L, store.Scalar("MATCH (n:M) RETURN count(n)"));
        Assert.Equal(true, store.Scalar("MATCH (n:M {i: 1}) RETURN n.matched"));
    }

    [Fact]
    public void Call_subquery_with_union_all_sees_the_imported_variable()
    {
        var store = Chain();

        var names = store.Column(
            """
            MATCH (p:P {name: 'b'})
            CALL { WITH p MATCH (p)-[:NEXT]->(o) RETURN o UNION ALL WITH p MATCH (p)<-[:NEXT]-(o) RETURN o }
            RETURN o.name ORDER BY o.name
            """);

        Assert.Equal(["a", "c"], names);
    }

    [Fact]
    public void Exists_count_and_collect_subqueries_are_correlated()
    {
        var store = Chain();

        var rows = store.Run(
            """
            MATCH (p:P)
            RETURN p.name, EXISTS { (p)-[:NEXT]->() } AS hasNext, COUNT { (p)-[:NEXT*]->() } AS reach,
                   [(p)-[:NEXT]->(q) | q.name] AS next
            ORDER BY p.name
            """).Rows;

        Assert.Equal(new object?[] { "a", true, 3L }, rows[0][..3]);
        Assert.Equal(["b"], (IEnumerable<object?>)rows[0][3]!);
        Assert.Equal(new object?[] { "d", false, 0L }, rows[3][..3]);
    }

    [Fact]
    public void Shortest_path_finds_the_fewest_hops_in_either_direction()
    {
        var store = Chain();
        store.Run("MATCH (a:P {name: 'a'}), (d:P {name: 'd'}) CREATE (d)-[:SKIP]->(a)");

        var path = (GraphPath)store.Scalar("MATCH (a:P {name: 'a'}), (c:P {name: 'c'}) MATCH p = shortestPath((a)-[*..6]-(c)) RETURN p")!;

        Assert.Equal(2, path.Length);
        Assert.Equal(2L, store.Scalar("MATCH (a:P {name: 'a'}), (c:P {name: 'c'}) MATCH p = allShortestPaths((a)-[*]-(c)) RETURN count(p)"));
    }

    [Fact]
    public void Named_paths_run_left_to_right_whatever_the_anchor()
    {
        var store = Chain();

        var path = (GraphPath)store.Scalar("MATCH p = (x)-[:NEXT*2]->(y:P {name: 'd'}) RETURN p")!;

        Assert.Equal(["b", "c", "d"], path.Nodes.Select(n => n.Properties["name"]));
        Assert.All(path.Relationships, r => Assert.Equal("NEXT", r.Type));
    }

    [Fact]
    public void Foreach_and_unwind_write_per_element()
    {
        var store = new EmbeddedGraphStore();

        var counters = store.Run("CREATE (r:Root) FOREACH (i IN range(1, 3) | CREATE (r)-[:HAS]->(:Leaf {i: i}))").Counters;

        Assert.Equal(4, counters.NodesCreated);
        Assert.Equal(3, counters.RelationshipsCreated);
        Assert.Equal(6L, store.Scalar("MATCH (:Root)-[:HAS]->(l) RETURN sum(l.i)"));
    }

    [Fact]
    public void Set_and_remove_follow_null_semantics()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:S {a: 1, b: 2})");

        store.Run("MATCH (s:S) SET s.a = null, s += {c: 3} REMOVE s.b SET s:Extra");

        var node = (Node)store.Scalar("MATCH (s:S) RETURN s")!;
        Assert.Equal(["c"], node.Properties.Keys);
        Assert.Contains("Extra", node.Labels);
    }

    [Fact]
    public void Reading_a_node_deleted_by_the_statement_is_an_error()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE ({num: 1})");

        var error = Assert.Throws<EntityNotFoundException>(() => store.Run("MATCH (n) DELETE n RETURN n.num"));

        Assert.Equal("DeletedEntityAccess", error.Detail);
    }

    [Fact]
    public void Storing_a_map_as_a_property_is_a_type_error()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<CypherTypeException>(() => store.Run("CREATE ({m: {x: 1}})"));

        Assert.Equal("InvalidPropertyType", error.Detail);
    }

    [Fact]
    public void Results_carry_detached_entities_lists_and_maps()
    {
        var store = Chain();

        var row = store.Run("MATCH (a:P {name: 'a'})-[r]->(b) RETURN a, r, [1, 2] AS l, {k: b.name} AS m").Rows[0];

        Assert.IsType<NodeSnapshot>(row[0]);
        Assert.IsType<RelationshipSnapshot>(row[1]);
        Assert.IsType<List<object?>>(row[2]);
        Assert.Equal("b", Assert.IsType<Dictionary<string, object?>>(row[3])["k"]);
    }
}
