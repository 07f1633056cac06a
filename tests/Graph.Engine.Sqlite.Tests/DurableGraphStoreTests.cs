using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;

namespace Graph.Engine.Sqlite.Tests;

public sealed class DurableGraphStoreTests : IDisposable
{
    private const string AllNodes = "MATCH (n) RETURN id(n), labels(n), properties(n) ORDER BY id(n)";
    private const string AllRelationships = "MATCH (a)-[r]->(b) RETURN id(r), type(r), id(a), id(b), properties(r) ORDER BY id(r)";

    private readonly TempDirectory _temp = new();

    private string DbPath => _temp.File("graph.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Committed_nodes_and_relationships_are_there_after_reopening()
    {
        List<string> nodes, relationships;
        await using (var store = DurableGraphStore.Open(DbPath))
        {
            store.Run("""
                CREATE (a:Enterprise:Listed {name: '中芯国际', aliases: ['SMIC', '中芯'], founded: 2000, rate: 0.5, active: true}),
                       (b:Place {name: '西青区', code: 120111}),
                       (a)-[:LOCATED_IN {since: 2001, share: 1.5}]->(b),
                       (b)-[:PART_OF]->(:Place {name: '天津市'})
                """);
            store.Run("MATCH (p:Place {name: '天津市'}) SET p.level = 'city', p.codes = [12, 120]");
            store.Run("CREATE (:Temporary {name: 'gone'})");
            store.Run("MATCH (t:Temporary) DELETE t");
            nodes = store.Lines(AllNodes);
            relationships = store.Lines(AllRelationships);
        }

        await using var reopened = DurableGraphStore.Open(DbPath);
        Assert.Equal(nodes, reopened.Lines(AllNodes));
        Assert.Equal(relationships, reopened.Lines(AllRelationships));
        Assert.Equal(3, nodes.Count);
    }

    [Fact]
    public async Task Temporal_and_spatial_values_round_trip_exactly()
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["d"] = CypherDate.Parse("2021-01-25"),
            ["lt"] = CypherLocalTime.Parse("12:34:56.123456789"),
            ["t"] = CypherTime.Parse("12:34:56+08:00"),
            ["ldt"] = CypherLocalDateTime.Parse("2021-01-25T09:30"),
            ["dt"] = CypherDateTime.Parse("2021-01-25T09:30:00[Asia/Shanghai]"),
            ["odt"] = CypherDateTime.Parse("2021-01-25T09:30:00-05:00"),
            ["dur"] = CypherDuration.Parse("P1Y2M3DT4H5M6.007S"),
            ["geo"] = CypherPoint.Wgs84(117.2, 39.1),
            ["xyz"] = CypherPoint.Cartesian3D(1, 2, 3),
            ["dates"] = new object?[] { CypherDate.Parse("2020-01-01"), CypherDate.Parse("2021-01-01") },
            ["neg"] = -12345678901L,
            ["big"] = 1.0e300,
            ["empty"] = string.Empty,
        };
        const string Read = "MATCH (v:V) RETURN v.d, v.lt, v.t, v.ldt, v.dt, v.odt, v.dur, v.geo, v.xyz, v.dates, v.neg, v.big, v.empty";
        List<string> before;
        await using (var store = DurableGraphStore.Open(DbPath))
        {
            store.Run("CREATE (v:V) SET v = $values", new Dictionary<string, object?>(StringComparer.Ordinal) { ["values"] = values });
            before = store.Lines(Read);
        }

        await using var reopened = DurableGraphStore.Open(DbPath);
        Assert.Equal(before, reopened.Lines(Read));
        Assert.Equal(values.Count, reopened.Count("MATCH (v:V) RETURN size(keys(v))"));
    }

    [Fact]
    public async Task A_store_made_with_a_database_path_option_is_durable()
    {
        await using (var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { DatabasePath = DbPath }))
        {
            store.Run("CREATE (:Chain {name: '集成电路'})");
        }

        await using var reopened = new EmbeddedGraphStore(new EmbeddedStoreOptions { DatabasePath = DbPath });
        Assert.Equal(["集成电路"], reopened.Lines("MATCH (c:Chain) RETURN c.name"));
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_nothing_in_the_file()
    {
        await using (var store = DurableGraphStore.Open(DbPath))
        {
            store.Run("CREATE (:Kept)");
            await using var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None);
            await tx.RunAsync(new CypherQuery("CREATE (:Dropped)-[:R]->(:Dropped)"), null, CancellationToken.None);
            await tx.RollbackAsync(CancellationToken.None);
        }

        await using var reopened = DurableGraphStore.Open(DbPath);
        Assert.Equal(["Kept"], reopened.Lines("MATCH (n) RETURN labels(n)[0]"));
    }

    [Fact]
    public async Task An_explicit_transaction_is_written_only_when_it_commits()
    {
        await using (var store = DurableGraphStore.Open(DbPath))
        {
            await using var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None);
            await tx.RunAsync(new CypherQuery("CREATE (:Step {n: 1})"), null, CancellationToken.None);
            await tx.RunAsync(new CypherQuery("MATCH (s:Step) SET s.n = 2 CREATE (:Step {n: 3})"), null, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var reopened = DurableGraphStore.Open(DbPath);
        Assert.Equal(["2", "3"], reopened.Lines("MATCH (s:Step) RETURN s.n ORDER BY s.n"));
    }

    [Fact]
    public async Task Ids_stay_the_same_and_are_not_handed_out_again_after_reopening()
    {
        long kept;
        long deleted;
        await using (var store = DurableGraphStore.Open(DbPath))
        {
            deleted = (long)store.Run("CREATE (n:Gone) RETURN id(n)").Rows[0][0]!;
            kept = (long)store.Run("CREATE (n:Kept) RETURN id(n)").Rows[0][0]!;
            store.Run("MATCH (n:Gone) DELETE n");
            Assert.ThrowsAny<GraphException>(() => store.Run("CREATE (n:Rolled) RETURN 1 / 0"));
        }

        await using var reopened = DurableGraphStore.Open(DbPath);
        Assert.Equal(kept, (long)reopened.Run("MATCH (n:Kept) RETURN id(n)").Rows[0][0]!);
        var fresh = (long)reopened.Run("CREATE (n:New) RETURN id(n)").Rows[0][0]!;
        Assert.True(fresh > kept && fresh != deleted, $"new id {fresh} reuses an old one");
    }

    [Fact]
    public async Task Indexes_and_constraints_are_there_and_enforced_after_reopening()
    {
        List<string> indexes, constraints;
        await using (var store = DurableGraphStore.Open(DbPath))
        {
            store.Run("CREATE CONSTRAINT enterprise_id FOR (e:Enterprise) REQUIRE e.id IS UNIQUE");
            store.Run("CREATE INDEX place_name FOR (p:Place) ON (p.name)");
            store.Run("CREATE FULLTEXT INDEX names FOR (n:Enterprise|Place) ON EACH [n.name, n.aliases]");
            store.Run("CREATE (:Enterprise {id: 'ent-smic', name: '中芯国际', aliases: ['SMIC']}), (:Place {name: '杨柳青镇'})");
            store.Run("DROP INDEX index_f7700477");
            indexes = store.Lines("SHOW INDEXES YIELD id, name, type, labelsOrTypes, properties, owningConstraint RETURN *");
            constraints = store.Lines("SHOW CONSTRAINTS YIELD id, name, type, labelsOrTypes, properties RETURN *");
        }

        await using var reopened = DurableGraphStore.Open(DbPath);
        Assert.Equal(indexes, reopened.Lines("SHOW INDEXES YIELD id, name, type, labelsOrTypes, properties, owningConstraint RETURN *"));
        Assert.Equal(constraints, reopened.Lines("SHOW CONSTRAINTS YIELD id, name, type, labelsOrTypes, properties RETURN *"));
        Assert.Throws<ConstraintViolationException>(() => reopened.Run("CREATE (:Enterprise {id: 'ent-smic'})"));
        Assert.Equal(["杨柳青镇"], reopened.Lines("MATCH (p:Place {name: '杨柳青镇'}) RETURN p.name"));
        Assert.Equal(["中芯国际"], reopened.Lines("CALL db.index.fulltext.queryNodes('names', '中芯') YIELD node RETURN node.name"));
        reopened.Run("CREATE INDEX later FOR (e:Enterprise) ON (e.name)");
        Assert.Contains("later", string.Join(",", reopened.Lines("SHOW INDEXES YIELD name RETURN name")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_store_on_the_same_file_is_refused_while_the_first_is_open()
    {
        await using var first = DurableGraphStore.Open(DbPath);
        first.Run("CREATE (:A)");
        var e = Assert.Throws<StoreUnavailableException>(() => DurableGraphStore.Open(DbPath));
        Assert.Contains("in use", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, first.Count("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task A_statement_that_fails_writes_nothing()
    {
        await using (var store = DurableGraphStore.Open(DbPath))
        {
            store.Run("CREATE CONSTRAINT FOR (e:E) REQUIRE e.k IS UNIQUE");
            store.Run("CREATE (:E {k: 1})");
            Assert.Throws<ConstraintViolationException>(() => store.Run("CREATE (:E {k: 2}), (:E {k: 1})"));
        }

        await using var reopened = DurableGraphStore.Open(DbPath);
        Assert.Equal(["1"], reopened.Lines("MATCH (e:E) RETURN e.k"));
    }
}
