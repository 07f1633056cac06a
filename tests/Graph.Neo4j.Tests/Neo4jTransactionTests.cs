using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Neo4j.Tests.Fakes;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jTransactionTests
{
    private static readonly CypherQuery Create = new("CREATE (n:Enterprise {id: $id}) RETURN 1 AS n", new Dictionary<string, object?> { ["id"] = "ent-smic" });

    private static FakeResponse Opened(string id) =>
        FakeResponse.Accepted(CannedResponses.InTransaction(id)) with
        {
            Headers = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MXxALTE=", ["Set-Cookie"] = "affinity=core-2; Path=/; HttpOnly" },
        };

    [Fact]
    public async Task Open_run_commit_follows_the_query_api_and_echoes_affinity()
    {
        await using var server = await FakeNeo4jServer.StartAsync(
            Opened("lyU"),
            FakeResponse.Accepted(CannedResponses.InTransaction("lyU", """["n"]""", """[[{"$type":"Integer","_value":"1"}]]""")),
            FakeResponse.Accepted(CannedResponses.Committed));
        await using var store = server.CreateStore(o => o with { Database = "graph" });

        await using var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None);
        var result = await tx.RunAsync(Create, null, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);

        Assert.Equal(1L, result.Rows[0][0]);
        Assert.Equal(
            [("POST", "/db/graph/query/v2/tx"), ("POST", "/db/graph/query/v2/tx/lyU"), ("POST", "/db/graph/query/v2/tx/lyU/commit")],
            server.Requests.Select(r => (r.Method, r.Path)));
        Assert.Null(server.Requests[0].Header("neo4j-cluster-affinity"));
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("MXxALTE=", r.Header("neo4j-cluster-affinity")));
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("affinity=core-2", r.Header("Cookie")));
        Assert.Equal("""{"$type":"String","_value":"ent-smic"}""", server.Requests[1].Json["parameters"]!["id"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("lyU", ((Neo4jTransaction)tx).Id);
    }

    [Fact]
    public async Task Rollback_deletes_the_transaction_and_dispose_does_not_repeat_it()
    {
        await using var server = await FakeNeo4jServer.StartAsync(Opened("tx1"), new FakeResponse(200, null));
        await using var store = server.CreateStore();

        await using (var tx = await store.BeginAsync(AccessMode.Read, CancellationToken.None))
        {
            await tx.RollbackAsync(CancellationToken.None);
        }

        Assert.Equal([("POST", "/db/neo4j/query/v2/tx"), ("DELETE", "/db/neo4j/query/v2/tx/tx1")], server.Requests.Select(r => (r.Method, r.Path)));
        Assert.Equal("Read", (string?)server.Requests[0].Json["accessMode"]);
    }

    [Fact]
    public async Task Disposing_an_open_transaction_rolls_it_back()
    {
        await using var server = await FakeNeo4jServer.StartAsync(Opened("tx2"), new FakeResponse(200, null));
        await using var store = server.CreateStore();

        await using (await store.BeginAsync(AccessMode.Write, CancellationToken.None))
        {
        }

        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx2"), (server.Requests[^1].Method, server.Requests[^1].Path));
    }

    [Fact]
    public async Task Statement_error_closes_the_transaction_without_retrying()
    {
        await using var server = await FakeNeo4jServer.StartAsync(
            Opened("tx3"),
            FakeResponse.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
        await using var store = server.CreateStore();

        await using var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None);
        var error = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync(Create, null, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal(2, server.Requests.Count);
        var commit = await Assert.ThrowsAsync<ClientException>(() => tx.CommitAsync(CancellationToken.None));
        Assert.Equal(StatusCodes.TransactionNotFound, commit.Code);
    }

    [Fact]
    public async Task Constraint_violation_at_commit_is_typed_and_closes_the_transaction()
    {
        await using var server = await FakeNeo4jServer.StartAsync(
            Opened("tx4"),
            FakeResponse.Error(StatusCodes.ConstraintValidationFailed, "Node(2) already exists with label `Enterprise` and property `id` = 'ent-smic'"));
        await using var store = server.CreateStore();

        await using var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None);
        await Assert.ThrowsAsync<ConstraintViolationException>(() => tx.CommitAsync(CancellationToken.None));
        await tx.DisposeAsync();

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Expired_transaction_is_reported_as_not_found()
    {
        await using var server = await FakeNeo4jServer.StartAsync(Opened("gone"), new FakeResponse(404, null));
        await using var store = server.CreateStore();

        await using var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None);
        var error = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync(Create, null, CancellationToken.None));

        Assert.Equal(StatusCodes.TransactionNotFound, error.Code);
    }

    [Fact]
    public async Task Statement_past_its_timeout_in_a_transaction_leaves_it_to_be_rolled_back()
    {
        await using var server = await FakeNeo4jServer.StartAsync(
            Opened("slow"),
            new FakeResponse(202, CannedResponses.Empty) { Delay = TimeSpan.FromMinutes(5) },
            new FakeResponse(200, null));
        await using var store = server.CreateStore();

        await using (var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None))
        {
            await Assert.ThrowsAsync<QueryTimeoutException>(() => tx.RunAsync(Create, new QueryOptions { Timeout = TimeSpan.FromMilliseconds(200) }, CancellationToken.None));
        }

        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/slow"), (server.Requests[^1].Method, server.Requests[^1].Path));
    }
}
