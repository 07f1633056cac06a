using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary>
/// What the endpoints rely on from any store: values come back as the same .NET types, explicit transactions commit
/// and roll back, and errors arrive as the same typed exceptions with the same Neo4j codes.
/// </summary>
public abstract class StoreBehaviourTests(StoreFixture fixture) : StoreSuite(fixture)
{
    [SkippableFact]
    public async Task Values_of_every_kind_come_back_as_the_same_types()
    {
        var result = await AskAsync(
            "RETURN 9007199254740993 AS i, 0.5 AS f, '西青区' AS s, true AS b, null AS n, [1, 'x'] AS l, {year: 2021} AS m, "
            + "date('2021-01-25') AS d, point({longitude: 117.01, latitude: 39.12}) AS p, duration('P1Y2M3DT4H') AS dur, $param AS echoed",
            ("param", new Dictionary<string, object?>(StringComparer.Ordinal) { ["list"] = new List<object?> { 1L, 2.5, "三" }, ["date"] = CypherDate.Of(2022, 1, 1) }));

        var row = Assert.Single(result.Rows);
        Assert.Equal(["i", "f", "s", "b", "n", "l", "m", "d", "p", "dur", "echoed"], result.Fields);
        Assert.Equal(9007199254740993L, Assert.IsType<long>(row[0]));
        Assert.Equal(0.5, Assert.IsType<double>(row[1]));
        Assert.Equal(("西青区", true, (object?)null), ((string)row[2]!, (bool)row[3]!, row[4]));
        Assert.Equal([1L, "x"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[5]));
        Assert.Equal(2021L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[6])["year"]);
        Assert.Equal(CypherDate.Of(2021, 1, 25), row[7]);
        var point = Assert.IsType<CypherPoint>(row[8]);
        Assert.Equal((4326, 117.01, 39.12), (point.Srid, point.X, point.Y));
        Assert.Equal(CypherDuration.Parse("P1Y2M3DT4H"), row[9]);
        var echoed = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[10]);
        Assert.Equal([1L, 2.5, "三"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(echoed["list"]));
        Assert.Equal(CypherDate.Of(2022, 1, 1), echoed["date"]);
    }

    [SkippableFact]
    public async Task Nodes_relationships_and_paths_come_back_whole()
    {
        var result = await AskAsync("MATCH p = (l:TransportLine {id: 'line-metro-5'})-[r:SERVES {period: 'goals_2022_2026'}]->(d:Place) RETURN l, r, p");

        var row = Assert.Single(result.Rows);
        var line = Assert.IsAssignableFrom<Node>(row[0]);
        Assert.Equal(["TransportLine"], line.Labels);
        Assert.Equal(("地铁5号线", 545L), ((string)line.Properties["name"]!, (long)line.Properties["line"]!));
        var serves = Assert.IsAssignableFrom<Relationship>(row[1]);
        Assert.Equal(("SERVES", "planned"), (serves.Type, (string)serves.Properties["status"]!));
        Assert.Equal(line.ElementId, serves.StartElementId);
        var path = Assert.IsType<GraphPath>(row[2]);
        Assert.Equal(1, path.Length);
        Assert.Equal([line.ElementId, serves.EndElementId], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(serves.ElementId, Assert.Single(path.Relationships).ElementId);
    }

    [SkippableFact]
    public async Task Committed_work_is_visible_and_rolled_back_work_is_not()
    {
        try
        {
            await using (var tx = await Store.BeginAsync(AccessMode.Write, CancellationToken.None))
            {
                await tx.RunAsync(new CypherQuery("CREATE (:StoresTest {id: 'kept'})"), null, CancellationToken.None);
                var own = await tx.RunAsync(new CypherQuery("MATCH (n:StoresTest) RETURN count(n) AS c"), null, CancellationToken.None);
                Assert.Equal(1L, own.Rows[0][0]);
                await tx.CommitAsync(CancellationToken.None);
            }

            await using (var tx = await Store.BeginAsync(AccessMode.Write, CancellationToken.None))
            {
                await tx.RunAsync(new CypherQuery("CREATE (:StoresTest {id: 'dropped'})"), null, CancellationToken.None);
                await tx.RollbackAsync(CancellationToken.None);
            }

            var result = await AskAsync("MATCH (n:StoresTest) RETURN n.id AS id ORDER BY id");
            Assert.Equal(["kept"], result.Rows.Select(r => r[0]));
        }
        finally
        {
            await Store.RunAsync(new CypherQuery("MATCH (n:StoresTest) DELETE n"), AccessMode.Write, null, CancellationToken.None);
        }
    }

    [SkippableFact]
    public async Task A_failed_statement_ends_its_transaction_and_takes_back_its_work()
    {
        try
        {
            Exception? commit;
            await using (var tx = await Store.BeginAsync(AccessMode.Write, CancellationToken.None))
            {
                await tx.RunAsync(new CypherQuery("CREATE (:StoresTest {id: 'before-error'})"), null, CancellationToken.None);
                // Division by zero at run time ('before-error' has 12 characters), so the statement really starts.
                var error = await Assert.ThrowsAnyAsync<GraphException>(() =>
                    tx.RunAsync(new CypherQuery("MATCH (n:StoresTest {id: 'before-error'}) RETURN 1 / (size(n.id) - 12) AS x"), null, CancellationToken.None));
                Assert.Equal(StatusCodes.ArithmeticError, error.Code);
                commit = await Record.ExceptionAsync(() => tx.CommitAsync(CancellationToken.None));
            }

            var kept = (await AskAsync("MATCH (n:StoresTest {id: 'before-error'}) RETURN count(n) AS c")).Rows[0][0];

            Assert.NotNull(commit);
            Assert.Equal(0L, kept);
        }
        finally
        {
            await Store.RunAsync(new CypherQuery("MATCH (n:StoresTest) DELETE n"), AccessMode.Write, null, CancellationToken.None);
        }
    }

    [SkippableFact]
    public async Task The_ping_that_neo4j_drivers_send_answers()
    {
        var result = await Store.RunAsync(new CypherQuery("CALL db.ping()"), AccessMode.Read, null, CancellationToken.None);

        Assert.Equal(["success"], result.Fields);
        Assert.Equal(true, Assert.Single(result.Rows)[0]);
    }

    [SkippableFact]
    public async Task Awaiting_indexes_answers_with_and_without_a_timeout()
    {
        var bare = await Store.RunAsync(new CypherQuery("CALL db.awaitIndexes()"), AccessMode.Read, null, CancellationToken.None);
        var timed = await Store.RunAsync(new CypherQuery("CALL db.awaitIndexes(30)"), AccessMode.Read, null, CancellationToken.None);

        Assert.Empty(bare.Rows);
        Assert.Empty(timed.Rows);
    }

    [SkippableFact]
    public async Task A_transaction_ended_by_a_failed_statement_refuses_further_statements()
    {
        await using var tx = await Store.BeginAsync(AccessMode.Read, CancellationToken.None);
        await Assert.ThrowsAnyAsync<GraphException>(() => tx.RunAsync(new CypherQuery("RETURN 1 / 0 AS x"), null, CancellationToken.None));

        var next = await Assert.ThrowsAnyAsync<GraphException>(() => tx.RunAsync(new CypherQuery("RETURN 1 AS x"), null, CancellationToken.None));

        // The Neo4j client refuses locally, as the server has closed the transaction; the embedded engine likewise.
        Assert.Equal(StatusCodes.TransactionNotFound, next.Code);
    }

    [SkippableFact]
    public async Task Write_counters_say_what_changed()
    {
        var created = await Store.RunAsync(new CypherQuery("CREATE (n:StoresTest {id: 'counted', a: 1}) RETURN n.id AS id"), AccessMode.Write, null, CancellationToken.None);
        var deleted = await Store.RunAsync(new CypherQuery("MATCH (n:StoresTest {id: 'counted'}) DELETE n"), AccessMode.Write, null, CancellationToken.None);

        Assert.Equal((1, 2, 1), (created.Counters.NodesCreated, created.Counters.PropertiesSet, created.Counters.LabelsAdded));
        Assert.Equal(1, deleted.Counters.NodesDeleted);
    }

    [SkippableFact]
    public async Task A_syntax_error_says_where()
    {
        var error = await Assert.ThrowsAsync<CypherSyntaxException>(() => AskAsync("MATCH (n)\nRETUR n"));

        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Equal(2, error.Line);
    }

    [SkippableFact]
    public async Task A_missing_parameter_and_a_write_in_a_read_transaction_are_refused_with_their_codes()
    {
        var missing = await Assert.ThrowsAsync<ParameterMissingException>(() => AskAsync("RETURN $nothing AS x"));
        var write = await Assert.ThrowsAsync<ForbiddenException>(() => AskAsync("CREATE (:StoresTest {id: 'refused'})"));
        var none = await AskAsync("MATCH (n:StoresTest {id: 'refused'}) RETURN count(n) AS c");

        Assert.Equal(StatusCodes.ParameterMissing, missing.Code);
        Assert.NotNull(write.Code);
        Assert.Equal(0L, none.Rows[0][0]);
    }

    [SkippableFact]
    public async Task A_seed_node_id_is_unique()
    {
        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            Store.RunAsync(new CypherQuery("CREATE (:Enterprise {id: 'ent-smic', name: 'copy'})"), AccessMode.Write, null, CancellationToken.None));

        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
    }
}
