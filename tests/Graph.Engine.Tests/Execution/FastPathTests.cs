using Graph.Core.Errors;

namespace Graph.Engine.Tests.Execution;

/// <summary>
/// The execution fast paths (label filters fused into expansions, unbound anonymous relationships,
/// unboxed FLOAT arithmetic, run-constant expressions) give the same rows as the general path.
/// PROFILE builds the unfused operators, so it serves as the reference.
/// </summary>
public sealed class FastPathTests
{
    private static EmbeddedGraphStore Graph()
    {
        var store = new EmbeddedGraphStore();
        store.Run("""
            CREATE (c1:Chain {name: 'c1'}), (c2:Chain {name: 'c2'}),
                   (t1:Place:Town {name: 't'}), (t2:Place:Town {name: 't'}), (s1:Place:Street {name: 's1'}), (s2:Place:Street {name: 's2'}),
                   (s3:Place {name: 'no-label'}),
                   (p1:Project {name: 'p1'}), (p2:Project {name: 'p2'}), (p3:Project {name: 'p3'}), (p4:Project {name: 'p4'}),
                   (e1:Enterprise {name: 'e1'}),
                   (s1)-[:PART_OF]->(t1), (s2)-[:PART_OF]->(t2), (s3)-[:PART_OF]->(t1),
                   (p1)-[:IN_CHAIN]->(c1), (p2)-[:IN_CHAIN]->(c1), (p3)-[:IN_CHAIN]->(c2), (p4)-[:IN_CHAIN]->(c2), (e1)-[:IN_CHAIN]->(c1),
                   (p1)-[:LOCATED_IN]->(s1), (p2)-[:LOCATED_IN]->(s2), (p3)-[:LOCATED_IN]->(s3), (p4)-[:LOCATED_IN]->(s1), (e1)-[:LOCATED_IN]->(s1),
                   (p1)-[:LOCATED_IN]->(s1)
            """);
        return store;
    }

    private static void AssertSameAsProfile(EmbeddedGraphStore store, string query)
    {
        var fast = store.Run(query).Rows;
        var reference = store.Run("PROFILE " + query).Rows;
        Assert.Equal(reference, fast);
    }

    [Theory]
    [InlineData("MATCH (c:Chain)<-[:IN_CHAIN]-(p:Project)-[:LOCATED_IN]->(:Street)-[:PART_OF]->(t:Town) RETURN t.name AS town, c.name AS chain, count(*) AS n ORDER BY town, chain")]
    [InlineData("MATCH (c:Chain)<-[:IN_CHAIN]-(p:Project) RETURN c.name, p.name ORDER BY c.name, p.name")]
    [InlineData("MATCH (c:Chain)<-[:IN_CHAIN]-(p:Project:Missing) RETURN count(*)")]
    [InlineData("MATCH (c:Chain)<-[:IN_CHAIN]-(p:Missing) RETURN count(*)")]
    [InlineData("MATCH (p:Project)-[:LOCATED_IN]->(s:Place:Street) RETURN p.name, s.name ORDER BY p.name, s.name")]
    [InlineData("MATCH (p:Project) OPTIONAL MATCH (p)-[:LOCATED_IN]->(s:Street)-[:PART_OF]->(t:Town) RETURN p.name, t.name ORDER BY p.name, t.name")]
    [InlineData("MATCH (a)-[:LOCATED_IN]->(b)-[:LOCATED_IN]->(c) RETURN count(*)")]
    [InlineData("MATCH (a:Project)-[:LOCATED_IN]->(b)<-[:LOCATED_IN]-(c:Project) RETURN a.name, c.name ORDER BY a.name, c.name")]
    [InlineData("MATCH (a:Project)-[:IN_CHAIN]->()<-[:IN_CHAIN]-(b:Project)-[:LOCATED_IN]->()-[:PART_OF]->(t:Town) RETURN a.name, b.name, t.name ORDER BY a.name, b.name")]
    public void Fused_expansions_give_the_rows_of_the_general_path(string query)
    {
        AssertSameAsProfile(Graph(), query);
    }

    [Fact]
    public void Duplicate_relationships_give_duplicate_rows_through_a_fused_label_filter()
    {
        var store = Graph();

        Assert.Equal(2L, store.Scalar("MATCH (p:Project {name: 'p1'})-[:LOCATED_IN]->(s:Street) RETURN count(*)"));
    }

    [Fact]
    public void An_unbound_anonymous_relationship_still_counts_for_uniqueness()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (a:N)-[:R]->(a)");

        Assert.Equal(1L, store.Scalar("MATCH (x:N)-[:R]->(y:N) RETURN count(*)"));
        Assert.Equal(0L, store.Scalar("MATCH (x:N)-[:R]->(y:N)-[:R]->(z:N) RETURN count(*)"));
        Assert.Equal(0L, store.Scalar("MATCH (x:N)-[:R*1..2]->(y:N)-[:R]->(z:N) RETURN count(*)"));
    }

    [Fact]
    public void Relationships_of_disjoint_types_need_no_uniqueness_check_and_keep_their_rows()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (a:N)-[:R]->(b:N), (b)-[:S]->(a)");

        Assert.Equal(2L, store.Scalar("MATCH (x)-[:R]->(y)-[:S]->(z) RETURN count(*) + count(z)"));
        Assert.Equal(0L, store.Scalar("MATCH (x)-[:R|S]->(y)-[:R|S]->(z)-[:R|S]->(w) RETURN count(*)"));
    }

    [Fact]
    public void Expanding_to_a_node_deleted_in_the_statement_fails_as_the_label_filter_would()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:A)-[:R]->(:B)");

        var error = Assert.ThrowsAny<GraphException>(() => store.Run("MATCH (b:B) DELETE b WITH b MATCH (a:A)-[:R]->(x:B) RETURN count(*)"));
        Assert.NotNull(error.Message);
    }

    [Theory]
    [InlineData("RETURN 1.5 + 2, 2 + 1.5, 1.5 + 2.5, 1 + 2, 1.5 - 2, 2 - 1.5, 3.0 * 2, 2 * 3.0, 7.0 / 2, 7 / 2.0, 7 / 2",
        new object?[] { 3.5, 3.5, 4.0, 3L, -0.5, 0.5, 6.0, 6.0, 3.5, 3.5, 3L })]
    [InlineData("RETURN 1.0 < 2.0, 2 < 1, 1.0 <= 1.0, 1 <= 1, 2.0 > 1.0, 1 > 2, 1.0 >= 2.0, 2 >= 2, 1 < 1.5, 0.0 / 0.0 < 1.0",
        new object?[] { true, false, true, true, true, false, false, true, true, false })]
    [InlineData("RETURN null + 1.0, 1.0 * null, null < 1.0, 'a' < 'b', sin(null), sqrt(4), sqrt(4.0), radians(180)",
        new object?[] { null, null, null, true, null, 2.0, 2.0, Math.PI })]
    public void Numeric_fast_paths_agree_with_cypher_arithmetic(string query, object?[] expected)
    {
        var store = new EmbeddedGraphStore();

        Assert.Equal(expected, store.Run(query).Rows.Single());
    }

    [Fact]
    public void Integer_errors_still_come_from_the_general_path()
    {
        var store = new EmbeddedGraphStore();

        Assert.Throws<CypherArithmeticException>(() => store.Run("RETURN 1 / 0"));
        Assert.Throws<CypherArithmeticException>(() => store.Run("RETURN 9223372036854775807 + 1"));
        Assert.ThrowsAny<GraphException>(() => store.Run("RETURN sin('x')"));
    }

    [Fact]
    public void Run_constant_expressions_see_each_runs_parameters()
    {
        var store = new EmbeddedGraphStore();
        const string Query = "UNWIND range(1, 3) AS i RETURN i * cos(radians($deg)) + $deg * 2 AS v, [$deg] + i AS l";

        var zero = store.Run(Query, ("deg", 0.0)).Rows;
        var right = store.Run(Query, ("deg", 90.0)).Rows;
        var none = store.Run(Query, ("deg", null)).Rows;

        Assert.Equal([1.0, 2.0, 3.0], zero.Select(r => r[0]));
        Assert.Equal([0.0, 0.0, 0.0], zero.Select(r => ((IEnumerable<object?>)r[1]!).First()));
        Assert.All(right, r => Assert.Equal(180.0, (double)r[0]!, 9));
        Assert.All(none, r => Assert.Null(r[0]));
        Assert.Equal([90.0, 3L], (IEnumerable<object?>)right[2][1]!);
    }

    [Theory]
    [InlineData("MATCH (c:Chain)<-[:IN_CHAIN]-(p)-[:LOCATED_IN]->(s)-[:PART_OF]->(t) RETURN t.name AS town, c.name AS chain, count(*) AS n, collect(p.name) AS ps ORDER BY town, chain")]
    [InlineData("MATCH (p:Project) OPTIONAL MATCH (p)-[:LOCATED_IN]->(s:Street) RETURN s.name, s, count(*), count(s) ORDER BY s.name")]
    [InlineData("MATCH (p:Project)-[r:LOCATED_IN]->(s) RETURN r, s.name, count(*) ORDER BY s.name, id(r)")]
    [InlineData("MATCH (p:Project)-[r:LOCATED_IN]->(s) RETURN 1 AS one, $x AS x, p.name AS name, count(*) ORDER BY name")]
    [InlineData("MATCH (p:Nothing) RETURN p.name, count(*)")]
    [InlineData("MATCH (p:Project) WITH p.name AS name RETURN name, count(*) ORDER BY name")]
    [InlineData("MATCH (p:Project)-[:LOCATED_IN]->(s) WITH * RETURN s.name AS s, count(p) AS n ORDER BY s")]
    public void Grouping_by_entity_identity_gives_the_groups_of_the_general_path(string query)
    {
        var store = Graph();

        var fast = store.Run(query, ("x", "v")).Rows;
        var reference = store.Run("PROFILE " + query, ("x", "v")).Rows;

        Assert.Equal(reference, fast);
    }

    [Fact]
    public void Grouping_by_a_property_merges_entities_with_equal_values()
    {
        var store = Graph();

        var rows = store.Run("MATCH (s:Street)-[:PART_OF]->(t:Town) RETURN t.name, count(*)").Rows;

        Assert.Equal(new object?[] { "t", 2L }, Assert.Single(rows));
    }

    [Fact]
    public void Grouping_after_a_write_reads_each_rows_property()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (n:N {k: 0})");

        var rows = store.Run("MATCH (n:N) UNWIND range(1, 3) AS i SET n.k = n.k + 1 RETURN n.k AS k, count(*) AS c ORDER BY k").Rows;

        Assert.Equal([1L, 2L, 3L], rows.Select(r => r[0]));
    }
}
