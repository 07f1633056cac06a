using System.Text;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Neo4j.Tests.Fakes;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jGraphStoreTests
{
    private static readonly CypherQuery Return1 = new("RETURN 1 AS n");

    [Fact]
    public async Task Auto_commit_query_decodes_every_typed_value()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeResponse.Accepted(CannedResponses.EveryType));
        await using var store = server.CreateStore();

        var result = await store.RunAsync(new CypherQuery("MATCH p = (e)-[r]->(x) RETURN …"), AccessMode.Read, null, CancellationToken.None);

        Assert.Equal(["i", "f", "s", "b", "nothing", "list", "map", "bytes", "node", "rel", "path", "point", "date"], result.Fields);
        var row = Assert.Single(result.Rows);
        Assert.Equal(9007199254740993L, Assert.IsType<long>(row[0]));
        Assert.Equal(4.56, Assert.IsType<double>(row[1]));
        Assert.Equal("西青区 中芯国际", row[2]);
        Assert.Equal(true, row[3]);
        Assert.Null(row[4]);
        Assert.Equal(new object?[] { 1L, "二" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[5]));
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[6]);
        Assert.Equal(2021L, map["year"]);
        Assert.Equal(false, map["ok"]);
        Assert.Equal(new byte[] { 1, 2, 3 }, row[7]);

        var node = Assert.IsType<NodeSnapshot>(row[8]);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(2, node.Id);
        Assert.Equal(["Enterprise"], node.Labels);
        Assert.Equal("中芯国际", node.Properties["name"]);

        var rel = Assert.IsType<RelationshipSnapshot>(row[9]);
        Assert.Equal(("LOCATED_IN", 7L, 2L, 3L, 12L), (rel.Type, rel.Id, rel.StartId, rel.EndId, (long)rel.Properties["line"]!));

        var path = Assert.IsType<GraphPath>(row[10]);
        Assert.Equal(1, path.Length);
        Assert.Equal([2L, 3L], path.Nodes.Select(n => n.Id));
        Assert.Equal(rel, path.Relationships[0]);
        Assert.Equal(CypherPoint.Wgs84(117.0123, 39.1234), row[11]);
        Assert.Equal(CypherDate.Of(2021, 1, 25), row[12]);

        Assert.Equal(["Neo.ClientNotification.Statement.CartesianProduct: cartesian product"], result.Notifications);
    }

    [Fact]
    public async Task Request_carries_basic_auth_typed_parameters_counters_and_read_access_mode()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var store = server.CreateStore(o => o with { Database = "graph" });
        var parameters = new Dictionary<string, object?> { ["name"] = "西青", ["limit"] = 10, ["ratio"] = 0.5, ["tags"] = new[] { "a", "b" } };

        await store.RunAsync(new CypherQuery("MATCH (n {name: $name}) RETURN n LIMIT $limit", parameters), AccessMode.Read, null, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/db/graph/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), request.Header("Authorization"));
        Assert.StartsWith("application/vnd.neo4j.query", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Contains("application/vnd.neo4j.query", request.Header("Accept"), StringComparison.Ordinal);
        var body = request.Json;
        Assert.Equal("MATCH (n {name: $name}) RETURN n LIMIT $limit", (string?)body["statement"]);
        Assert.Equal("Read", (string?)body["accessMode"]);
        Assert.True((bool)body["includeCounters"]!);
        Assert.Equal("""{"$type":"String","_value":"西青"}""", body["parameters"]!["name"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""{"$type":"Integer","_value":"10"}""", body["parameters"]!["limit"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""{"$type":"Float","_value":"0.5"}""", body["parameters"]!["ratio"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("List", (string?)body["parameters"]!["tags"]!["$type"]);
    }

    [Fact]
    public async Task Write_mode_sends_no_access_mode_and_bearer_token_replaces_basic_auth()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeResponse.Accepted(CannedResponses.Created));
        await using var store = server.CreateStore(o => o with { BearerToken = "sso-token" });

        var result = await store.RunAsync(new CypherQuery("CREATE (n:Enterprise {id: 'x', name: 'y'})"), AccessMode.Write, null, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer sso-token", request.Header("Authorization"));
        Assert.Null(request.Json["accessMode"]);
        Assert.Equal((1, 2, 1), (result.Counters.NodesCreated, result.Counters.PropertiesSet, result.Counters.LabelsAdded));
    }

    [Fact]
    public async Task Without_a_user_no_authorization_header_is_sent()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var store = server.CreateStore(o => o with { User = string.Empty, Password = null });

        await store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None);

        Assert.Null(Assert.Single(server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Bookmarks_of_committed_work_are_sent_with_the_next_request()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeResponse.Accepted(CannedResponses.Created), FakeResponse.Accepted(CannedResponses.Empty));
        await using var store = server.CreateStore();

        await store.RunAsync(Return1, AccessMode.Write, null, CancellationToken.None);
        await store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None);

        Assert.Null(server.Requests[0].Json["bookmarks"]);
        Assert.Equal("FB:kcwQ/created", (string?)server.Requests[1].Json["bookmarks"]![0]);
    }

    [Fact]
    public async Task Transient_error_is_retried_until_it_succeeds()
    {
        await using var server = await FakeNeo4jServer.StartAsync(
            FakeResponse.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"),
            FakeResponse.Error("Neo.TransientError.General.DatabaseUnavailable", "starting"),
            FakeResponse.Accepted(CannedResponses.SingleValue("n", """{"$type":"Integer","_value":"1"}""")));
        await using var store = server.CreateStore();

        var result = await store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None);

        Assert.Equal(1L, result.Rows[0][0]);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Transport_failure_and_gateway_status_before_a_response_are_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync(
            new FakeResponse(200, null) { Abort = true },
            new FakeResponse(503, null),
            FakeResponse.Accepted(CannedResponses.Empty));
        await using var store = server.CreateStore();

        var result = await store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None);

        Assert.Empty(result.Rows);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Client_error_is_not_retried_and_keeps_its_position()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeResponse.Error(
            StatusCodes.SyntaxError, "Invalid input 'RETUR': expected 'RETURN' (line 1, column 1 (offset: 0))\n\"RETUR 1\"\n ^", 400));
        await using var store = server.CreateStore();

        var error = await Assert.ThrowsAsync<CypherSyntaxException>(() => store.RunAsync(new CypherQuery("RETUR 1"), AccessMode.Read, null, CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Equal((1, 1, 0), (error.Line, error.Column, error.Offset));
        Assert.StartsWith("Invalid input 'RETUR'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retries_stop_after_the_policy_attempts_with_the_transient_error()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeResponse.Error("Neo.TransientError.Transaction.LockClientStopped", "stopped"));
        await using var store = server.CreateStore(o => o with { Retry = o.Retry with { MaxAttempts = 3 } });

        var error = await Assert.ThrowsAsync<ClientException>(() => store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal("Neo.TransientError.Transaction.LockClientStopped", error.Code);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Unreachable_server_is_a_transient_store_unavailable_error()
    {
        Uri closed;
        await using (var server = await FakeNeo4jServer.StartAsync())
        {
            closed = server.BaseUri;
        }

        await using var store = new Neo4jGraphStore(new Neo4jStoreOptions { Uri = closed, Password = "x", Retry = Neo4jRetryPolicy.None });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Statement_past_its_timeout_is_a_query_timeout()
    {
        await using var server = await FakeNeo4jServer.StartAsync(new FakeResponse(202, CannedResponses.Empty) { Delay = TimeSpan.FromMinutes(5) });
        await using var store = server.CreateStore();

        var options = new QueryOptions { Timeout = TimeSpan.FromMilliseconds(200) };
        var error = await Assert.ThrowsAsync<QueryTimeoutException>(() => store.RunAsync(Return1, AccessMode.Read, options, CancellationToken.None));

        Assert.Equal(StatusCodes.TransactionTimedOut, error.Code);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stops_the_request()
    {
        await using var server = await FakeNeo4jServer.StartAsync(new FakeResponse(202, CannedResponses.Empty) { Delay = TimeSpan.FromMinutes(5) });
        await using var store = server.CreateStore();
        using var cancellation = new CancellationTokenSource();
        server.Received += _ => cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.RunAsync(Return1, AccessMode.Read, null, cancellation.Token));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Max_rows_cuts_the_result_and_says_so()
    {
        var values = """[[{"$type":"Integer","_value":"1"}],[{"$type":"Integer","_value":"2"}],[{"$type":"Integer","_value":"3"}]]""";
        await using var server = await FakeNeo4jServer.StartAsync(FakeResponse.Accepted(
            $$"""{"data":{"fields":["n"],"values":{{values}}},"counters":{{CannedResponses.Counters}},"bookmarks":[]}"""));
        await using var store = server.CreateStore();

        var result = await store.RunAsync(new CypherQuery("UNWIND [1, 2, 3] AS n RETURN n"), AccessMode.Read, new QueryOptions { MaxRows = 2 }, CancellationToken.None);

        Assert.True(result.Truncated);
        Assert.Equal([1L, 2L], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Plain_json_answer_is_read_as_plain_json()
    {
        await using var server = await FakeNeo4jServer.StartAsync(new FakeResponse(
            202,
            """{"data":{"fields":["person","name"],"values":[[{"elementId":"4:ff04:2","labels":["Person"],"properties":{"name":"Phil","age":42}},"Phil"]]},"bookmarks":["FB:x"]}""",
            "application/json"));
        await using var store = server.CreateStore();

        var result = await store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None);

        var node = Assert.IsType<NodeSnapshot>(result.Rows[0][0]);
        Assert.Equal(("Phil", 42L), ((string)node.Properties["name"]!, (long)node.Properties["age"]!));
        Assert.Equal("Phil", result.Rows[0][1]);
    }

    [Theory]
    [InlineData(401, StatusCodes.Unauthorized)]
    [InlineData(404, StatusCodes.RequestInvalid)]
    [InlineData(500, StatusCodes.StorageError)]
    public async Task Http_failure_without_a_body_maps_to_a_typed_error(int status, string code)
    {
        await using var server = await FakeNeo4jServer.StartAsync(new FakeResponse(status, null));
        await using var store = server.CreateStore();

        var error = await Assert.ThrowsAnyAsync<GraphException>(() => store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Unauthorized_with_a_body_keeps_the_server_message()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeResponse.Error(StatusCodes.Unauthorized, "Invalid username or password.", 401));
        await using var store = server.CreateStore();

        var error = await Assert.ThrowsAsync<ClientException>(() => store.RunAsync(Return1, AccessMode.Read, null, CancellationToken.None));

        Assert.Equal((StatusCodes.Unauthorized, "Invalid username or password."), (error.Code, error.Message));
    }

    [Fact]
    public void Options_that_cannot_work_are_refused_up_front()
    {
        Assert.Throws<ArgumentException>(() => new Neo4jGraphStore(new Neo4jStoreOptions { Uri = new Uri("bolt://localhost:7687") }));
        Assert.Throws<ArgumentException>(() => new Neo4jGraphStore(new Neo4jStoreOptions { RequestTimeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentException>(() => new Neo4jGraphStore(new Neo4jStoreOptions { Retry = Neo4jRetryPolicy.Default with { MaxAttempts = 0 } }));
        Assert.DoesNotContain("verysecret", new Neo4jStoreOptions { Password = "verysecret" }.ToString(), StringComparison.Ordinal);
    }
}
