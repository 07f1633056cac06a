using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Neo4j.Schema;

namespace Graph.Neo4j.Tests.Container;

/// <summary>
/// The client's smoke tests against a real Neo4j (see <see cref="Neo4jServerFixture"/>). Without Docker or
/// GRAPH_NEO4J_TEST_URI every test here is reported as skipped, with the reason.
/// </summary>
public sealed class Neo4jContainerTests(Neo4jServerFixture server) : IClassFixture<Neo4jServerFixture>
{
    /// <summary>A label of its own per run, so a shared scratch database is left as it was found.</summary>
    private readonly string label = "GraphSmoke" + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public async Task Typed_parameters_come_back_from_neo4j_unchanged()
    {
        await using var store = Open();
        var parameters = new Dictionary<string, object?>
        {
            ["i"] = 9007199254740993L,
            ["f"] = 4.56,
            ["s"] = "西青区",
            ["b"] = true,
            ["nothing"] = null,
            ["list"] = new List<object?> { 1L, "二" },
            ["map"] = new Dictionary<string, object?> { ["year"] = 2021L },
            ["date"] = CypherDate.Of(2021, 1, 25),
            ["datetime"] = CypherDateTime.Parse("2021-01-25T09:00+08:00[Asia/Shanghai]"),
            ["duration"] = CypherDuration.Parse("P14DT16H12M"),
            ["point"] = CypherPoint.Wgs84(117.0123, 39.1234),
        };
        var returns = string.Join(", ", parameters.Keys.Select(k => $"${k} AS {k}"));

        var result = await store.RunAsync(new CypherQuery($"RETURN {returns}", parameters), AccessMode.Read, null, CancellationToken.None);

        Assert.Equal(parameters.Keys, result.Fields);
        QueryApiJsonTests.AssertSameValue(parameters.Values.ToList(), result.Rows.Single().ToList(), "echo");
    }

    [SkippableFact]
    public async Task Committed_work_is_visible_and_rolled_back_work_is_not()
    {
        await using var store = Open();
        try
        {
            await using (var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None))
            {
                await tx.RunAsync(new CypherQuery($"CREATE (:{label} {{id: 'kept'}})"), null, CancellationToken.None);
                await tx.CommitAsync(CancellationToken.None);
            }

            await using (var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None))
            {
                await tx.RunAsync(new CypherQuery($"CREATE (:{label} {{id: 'dropped'}})"), null, CancellationToken.None);
                await tx.RollbackAsync(CancellationToken.None);
            }

            var result = await store.RunAsync(new CypherQuery($"MATCH (n:{label}) RETURN n ORDER BY n.id"), AccessMode.Read, null, CancellationToken.None);

            var node = Assert.IsType<NodeSnapshot>(Assert.Single(result.Rows)[0]);
            Assert.Equal("kept", node.Properties["id"]);
            Assert.Equal([label], node.Labels);
        }
        finally
        {
            await store.RunAsync(new CypherQuery($"MATCH (n:{label}) DETACH DELETE n"), AccessMode.Write, null, CancellationToken.None);
        }
    }

    [SkippableFact]
    public async Task Neo4j_errors_arrive_as_typed_exceptions()
    {
        await using var store = Open();

        var syntax = await Assert.ThrowsAsync<CypherSyntaxException>(() => store.RunAsync(new CypherQuery("RETUR 1"), AccessMode.Read, null, CancellationToken.None));
        await Assert.ThrowsAsync<ParameterMissingException>(() => store.RunAsync(new CypherQuery("RETURN $missing"), AccessMode.Read, null, CancellationToken.None));
        await Assert.ThrowsAsync<ForbiddenException>(() => store.RunAsync(new CypherQuery($"CREATE (:{label})"), AccessMode.Read, null, CancellationToken.None));

        Assert.Equal((1, 1), (syntax.Line, syntax.Column));
    }

    [SkippableFact]
    public async Task Seed_schema_applies_twice_and_full_text_finds_chinese_names()
    {
        await using var store = Open();
        await Neo4jSchema.Seed.ApplyAsync(store, CancellationToken.None);
        var second = await Neo4jSchema.Seed.ApplyAsync(store, CancellationToken.None);
        var id = $"ent-{label.ToLowerInvariant()}";
        try
        {
            await store.RunAsync(
                new CypherQuery("CREATE (:Enterprise {id: $id, name: '中芯国际集成电路制造（天津）有限公司', aliases: ['SMIC']})", new Dictionary<string, object?> { ["id"] = id }),
                AccessMode.Write,
                null,
                CancellationToken.None);
            await store.RunAsync(new CypherQuery("CALL db.awaitIndexes(60)"), AccessMode.Read, null, CancellationToken.None);

            var hits = await store.RunAsync(
                new CypherQuery("CALL db.index.fulltext.queryNodes('entity_names', '中芯') YIELD node RETURN node.id AS id"),
                AccessMode.Read,
                null,
                CancellationToken.None);

            Assert.Equal(0, second.IndexesAdded + second.ConstraintsAdded);
            Assert.Contains(hits.Rows, row => Equals(row[0], id));
        }
        finally
        {
            await store.RunAsync(new CypherQuery("MATCH (n:Enterprise {id: $id}) DELETE n", new Dictionary<string, object?> { ["id"] = id }), AccessMode.Write, null, CancellationToken.None);
        }
    }

    private Neo4jGraphStore Open()
    {
        Skip.If(server.SkipReason is not null, server.SkipReason);
        return new Neo4jGraphStore(server.Options);
    }
}
