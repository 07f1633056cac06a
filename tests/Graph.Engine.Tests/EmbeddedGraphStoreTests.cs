using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Engine.Procedures;

namespace Graph.Engine.Tests;

public sealed class EmbeddedGraphStoreTests
{
    [Fact]
    public void A_read_mode_run_of_a_writing_statement_is_forbidden_before_it_runs()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<ForbiddenException>(() => store.Run(new CypherQuery("CREATE (:X)"), AccessMode.Read));

        Assert.Equal(StatusCodes.Forbidden, error.Code);
        Assert.Equal(0L, store.Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void Explain_returns_the_plan_without_running()
    {
        var store = new EmbeddedGraphStore();

        var result = store.Run("EXPLAIN CREATE (:X)");

        Assert.Empty(result.Rows);
        Assert.Contains("Create", result.Plan, StringComparison.Ordinal);
        Assert.Equal(0L, store.Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void Profile_runs_and_reports_rows_per_operator()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(1, 5) AS i CREATE (:X {i: i})");

        var result = store.Run("PROFILE MATCH (x:X) WHERE x.i > 2 RETURN x.i");

        Assert.Equal(3, result.Rows.Count);
        Assert.Contains("NodeByLabelScan(x:X) rows=5", result.Plan, StringComparison.Ordinal);
        Assert.Contains("Filter((x.i > 2)) rows=3", result.Plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_rows_cuts_the_result_and_says_so()
    {
        var store = new EmbeddedGraphStore();

        var result = store.Run(new CypherQuery("UNWIND range(1, 10) AS i RETURN i"), AccessMode.Read, new QueryOptions { MaxRows = 3 });

        Assert.Equal(3, result.Rows.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void A_statement_past_its_time_limit_is_stopped()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(1, 300) AS i CREATE (:T)");

        Assert.Throws<QueryTimeoutException>(() => store.Run(
            new CypherQuery("MATCH (a:T), (b:T), (c:T) RETURN count(*)"), AccessMode.Read, new QueryOptions { Timeout = TimeSpan.FromMilliseconds(1) }));
    }

    [Fact]
    public void Counters_report_what_a_statement_changed()
    {
        var store = new EmbeddedGraphStore();

        var counters = store.Run("CREATE (a:A:B {x: 1})-[:R {y: 2}]->(b)").Counters;

        Assert.Equal(2, counters.NodesCreated);
        Assert.Equal(1, counters.RelationshipsCreated);
        Assert.Equal(2, counters.LabelsAdded);
        Assert.Equal(2, counters.PropertiesSet);
    }

    [Fact]
    public void A_registered_procedure_is_callable_standalone_and_in_a_query()
    {
        var store = new EmbeddedGraphStore();
        store.RegisterProcedure(new ProcedureDefinition(
            "test.double",
            [new ProcedureParameter("in", "INTEGER?")],
            [new ProcedureParameter("out", "INTEGER?")],
            (_, args) => [[(long)args[0]! * 2]]));

        Assert.Equal(8L, store.Scalar("CALL test.double(4)"));
        Assert.Equal([2L, 4L], store.Column("UNWIND [1, 2] AS x CALL test.double(x) YIELD out RETURN out"));
    }

    [Fact]
    public void Built_in_procedures_describe_the_schema()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:Person {name: 'x'})-[:KNOWS]->(:City)");

        Assert.Equal(["City", "Person"], store.Column("CALL db.labels() YIELD label RETURN label ORDER BY label"));
        Assert.Equal(["KNOWS"], store.Column("CALL db.relationshipTypes()"));
        Assert.Contains("name", store.Column("CALL db.propertyKeys()"));
        Assert.Equal("Neo4j Kernel", store.Scalar("CALL dbms.components() YIELD name RETURN name"));
    }

    [Fact]
    public void Show_indexes_lists_created_indexes_with_neo4j_columns()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE INDEX person_name FOR (p:Person) ON (p.name)");

        var result = store.Run("SHOW INDEXES");

        Assert.Equal(["id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider", "owningConstraint", "lastRead", "readCount"], result.Fields);
        var row = result.Rows.Single(r => Equals(r[1], "person_name"));
        Assert.Equal("RANGE", row[4]);
        Assert.Equal(["Person"], (IEnumerable<object?>)row[6]!);
    }

    [Fact]
    public void Full_text_search_matches_chinese_by_character_bigrams()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:Doc {text: '西青区人民政府工作报告'}), (:Doc {text: '天津市集成电路产业'}), (:Doc {text: 'Smart manufacturing plan'})");
        store.Run("CREATE FULLTEXT INDEX docs FOR (d:Doc) ON EACH [d.text]");

        var rows = store.Run("CALL db.index.fulltext.queryNodes('docs', '集成电路') YIELD node, score RETURN node.text, score").Rows;
        var latin = store.Run("CALL db.index.fulltext.queryNodes('docs', 'manufacturing') YIELD node RETURN node.text").Rows;

        Assert.Equal("天津市集成电路产业", Assert.Single(rows)[0]);
        Assert.Equal(1.0, rows[0][1]);
        Assert.Equal("Smart manufacturing plan", Assert.Single(latin)[0]);
    }

    [Fact]
    public void Cached_statements_are_replanned_when_an_index_appears()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(1, 20) AS i CREATE (:E {name: 'n' + i})");
        const string query = "MATCH (e:E {name: $n}) RETURN e.name";
        Assert.Equal(["n7"], store.Column(query, ("n", "n7")));

        store.Run("CREATE INDEX FOR (e:E) ON (e.name)");

        Assert.Equal(["n7"], store.Column(query, ("n", "n7")));
        Assert.Contains("NodeIndexSeek", store.Run("EXPLAIN " + query, ("n", "n7")).Plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_async_and_entities_in_parameters_work_together()
    {
        await using var store = new EmbeddedGraphStore();
        await store.RunAsync(new CypherQuery("CREATE (:A {v: 1})"), AccessMode.Write, null, CancellationToken.None);
        var node = (Node)store.Scalar("MATCH (a:A) RETURN a")!;

        var result = await store.RunAsync(
            new CypherQuery("MATCH (a:A) WHERE id(a) = $id RETURN a.v", new Dictionary<string, object?> { ["id"] = node.Id }),
            AccessMode.Read, null, CancellationToken.None);

        Assert.Equal(1L, result.Rows[0][0]);
    }
}
