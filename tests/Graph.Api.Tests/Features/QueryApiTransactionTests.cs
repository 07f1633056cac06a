using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Graph.Api.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Features;

/// <summary>
/// Explicit Query API transactions under concurrency and across callers: one request at a time per transaction
/// (Neo4j's TransactionAccessedConcurrently, never a 500), a bounded wait for the writer, and a transaction usable
/// only by the caller that opened it.
/// </summary>
public sealed class QueryApiTransactionTests
{
    private const string Tx = "/db/neo4j/query/v2/tx";

    [SkippableFact]
    public async Task Commit_and_rollback_while_a_statement_runs_are_refused_with_Neo4js_error()
    {
        await using var api = new LoopbackApi(("Graph:Cypher:Timeout", "00:00:02"));
        api.RequireReady();
        using var writer = api.Client(key: true);
        var id = await OpenAsync(writer, "CREATE (:Event {id: 'event-concurrent'})");
        var slow = writer.PostAsJsonAsync($"{Tx}/{id}", new { statement = LoopbackApi.Slow });
        await LoopbackApi.UntilAsync(() => api.Pool.Busy == 1, "the slow statement runs");

        var commit = await writer.PostAsJsonAsync($"{Tx}/{id}/commit", new { });
        var statement = await writer.PostAsJsonAsync($"{Tx}/{id}", new { statement = "RETURN 1" });
        var rollback = await writer.DeleteAsync($"{Tx}/{id}");

        await HttpAssert.Neo4jErrorAsync(commit, HttpStatusCode.BadRequest, Codes.TransactionAccessedConcurrently);
        await HttpAssert.Neo4jErrorAsync(statement, HttpStatusCode.BadRequest, Codes.TransactionAccessedConcurrently);
        await HttpAssert.Neo4jErrorAsync(rollback, HttpStatusCode.BadRequest, Codes.TransactionAccessedConcurrently);
        await HttpAssert.Neo4jErrorAsync(await slow, HttpStatusCode.GatewayTimeout, Codes.TransactionTimedOut);
        await HttpAssert.Neo4jErrorAsync(await writer.PostAsJsonAsync($"{Tx}/{id}/commit", new { }), HttpStatusCode.NotFound, Codes.TransactionNotFound);
        Assert.Equal(0, await CountAsync(writer, "event-concurrent"));
    }

    [SkippableFact]
    public async Task Twenty_concurrent_write_transactions_all_get_an_answer_within_the_writer_wait()
    {
        await using var api = new LoopbackApi(("Graph:Cypher:WriterWait", "00:00:01"));
        api.RequireReady();
        using var writer = api.Client(key: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var opens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => writer.PostAsJsonAsync(Tx, new { })));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the opens took {clock.Elapsed}");
        var opened = opens.Where(r => r.StatusCode == HttpStatusCode.Accepted).ToList();
        var refused = opens.Where(r => r.StatusCode != HttpStatusCode.Accepted).ToList();
        Assert.Single(opened);
        foreach (var response in refused)
        {
            await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.ServiceUnavailable, Codes.LockAcquisitionTimeout);
            Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        }

        var id = (await HttpAssert.JsonAsync(opened[0], HttpStatusCode.Accepted)).GetProperty("transaction").GetProperty("id").GetString();
        await HttpAssert.JsonAsync(await writer.DeleteAsync($"{Tx}/{id}"), HttpStatusCode.Accepted);
        var next = await writer.PostAsJsonAsync(Tx, new { });
        Assert.Equal(HttpStatusCode.Accepted, next.StatusCode);
    }

    [SkippableFact]
    public async Task A_write_behind_an_open_write_transaction_gives_up_after_the_writer_wait()
    {
        await using var api = new LoopbackApi(("Graph:Cypher:WriterWait", "00:00:01"));
        api.RequireReady();
        using var writer = api.Client(key: true);
        var id = await OpenAsync(writer, "RETURN 1");

        var blocked = await writer.PatchAsJsonAsync("/api/entities/ent-smic", new { description = "behind a transaction" });
        await HttpAssert.JsonAsync(await writer.DeleteAsync($"{Tx}/{id}"), HttpStatusCode.Accepted);
        var after = await writer.PatchAsJsonAsync("/api/entities/ent-smic", new { description = "after it" });

        await HttpAssert.ProblemAsync(blocked, HttpStatusCode.ServiceUnavailable, Codes.LockAcquisitionTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), blocked.Headers.RetryAfter?.Delta);
        await HttpAssert.JsonAsync(after);
    }

    [SkippableFact]
    public async Task An_anonymous_caller_can_neither_write_in_nor_commit_a_key_holders_transaction()
    {
        await using var api = new LoopbackApi();
        api.RequireReady();
        using var writer = api.Client(key: true);
        using var anonymous = api.Client();
        var id = await OpenAsync(writer, "CREATE (:Event {id: 'event-owned'})");

        var write = await anonymous.PostAsJsonAsync($"{Tx}/{id}", new { statement = "CREATE (:Event {id: 'event-intruder'})" });
        var commit = await anonymous.PostAsJsonAsync($"{Tx}/{id}/commit", new { });
        var rollback = await anonymous.DeleteAsync($"{Tx}/{id}");

        await HttpAssert.Neo4jErrorAsync(write, HttpStatusCode.NotFound, Codes.TransactionNotFound);
        await HttpAssert.Neo4jErrorAsync(commit, HttpStatusCode.NotFound, Codes.TransactionNotFound);
        await HttpAssert.Neo4jErrorAsync(rollback, HttpStatusCode.NotFound, Codes.TransactionNotFound);
        await HttpAssert.JsonAsync(await writer.PostAsJsonAsync($"{Tx}/{id}/commit", new { }), HttpStatusCode.Accepted);
        Assert.Equal(1, await CountAsync(writer, "event-owned"));
        Assert.Equal(0, await CountAsync(writer, "event-intruder"));
    }

    [SkippableFact]
    public async Task Another_Basic_user_with_the_key_is_another_caller()
    {
        await using var api = new LoopbackApi();
        api.RequireReady();
        using var owner = Basic(api, "alice");
        using var other = Basic(api, "bob");
        var id = await OpenAsync(owner, "CREATE (:Event {id: 'event-alice'})");

        var commit = await other.PostAsJsonAsync($"{Tx}/{id}/commit", new { });

        await HttpAssert.Neo4jErrorAsync(commit, HttpStatusCode.NotFound, Codes.TransactionNotFound);
        await HttpAssert.JsonAsync(await owner.PostAsJsonAsync($"{Tx}/{id}/commit", new { }), HttpStatusCode.Accepted);
        Assert.Equal(1, await CountAsync(owner, "event-alice"));
    }

    private static HttpClient Basic(LoopbackApi api, string user)
    {
        var client = api.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{GraphApiFactory.ApiKey}")));
        return client;
    }

    private static async Task<string> OpenAsync(HttpClient client, string statement)
    {
        var opened = await HttpAssert.JsonAsync(await client.PostAsJsonAsync(Tx, new { statement }), HttpStatusCode.Accepted);
        return opened.GetProperty("transaction").GetProperty("id").GetString()!;
    }

    private static async Task<long> CountAsync(HttpClient client, string id)
    {
        var answer = await HttpAssert.JsonAsync(
            await client.PostAsJsonAsync("/db/neo4j/query/v2", new { statement = "MATCH (e:Event {id: $id}) RETURN count(e) AS n", parameters = new { id } }),
            HttpStatusCode.Accepted);
        return answer.GetProperty("data").GetProperty("values")[0][0].GetInt64();
    }
}
