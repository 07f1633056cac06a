using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Graph.Api.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Hosting;

/// <summary>
/// Admission control (the pooled store the endpoints use) over real HTTP: statements run on a few workers behind a bounded queue; health and cached pages
/// never wait behind them; a full queue is refused with 503 and Retry-After; time limits count the wait; a client
/// that hangs up frees its worker. Bounds on answer times are loose on purpose (the machine is shared).
/// </summary>
public sealed class PooledGraphStoreTests
{
    [SkippableFact]
    public async Task Health_and_a_cached_page_answer_promptly_while_every_worker_runs_a_slow_query()
    {
        await using var api = new LoopbackApi(("Graph:Cypher:Workers", "2"), ("Graph:Cypher:QueueLength", "32"), ("Graph:Cypher:Timeout", "00:00:02"));
        api.RequireReady();
        using var client = api.Client();
        await HttpAssert.JsonAsync(await client.GetAsync("/api/entities/ent-smic"));
        var slow = Enumerable.Range(0, 24).Select(_ => client.PostAsJsonAsync("/api/cypher", new { statement = LoopbackApi.Slow })).ToList();
        await LoopbackApi.UntilAsync(() => api.Pool.Busy == 24, "two slow queries run and twenty-two wait");

        var live = await TimedAsync(() => client.GetAsync("/health/live"));
        var ready = await TimedAsync(() => client.GetAsync("/health/ready"));
        var cached = await TimedAsync(() => client.GetAsync("/api/entities/ent-smic"));

        Assert.Equal(HttpStatusCode.OK, live.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cached.Response.StatusCode);
        Assert.True(live.Elapsed < TimeSpan.FromSeconds(1), $"/health/live took {live.Elapsed}");
        Assert.True(ready.Elapsed < TimeSpan.FromSeconds(1), $"/health/ready took {ready.Elapsed}");
        Assert.True(cached.Elapsed < TimeSpan.FromSeconds(1), $"the cached page took {cached.Elapsed}");
        foreach (var answer in await Task.WhenAll(slow))
        {
            await HttpAssert.ProblemAsync(answer, HttpStatusCode.GatewayTimeout, Codes.TransactionTimedOut);
        }
    }

    [SkippableFact]
    public async Task A_time_limit_counts_the_wait_for_a_worker()
    {
        await using var api = new LoopbackApi(("Graph:Cypher:Workers", "2"), ("Graph:Cypher:QueueLength", "64"), ("Graph:Cypher:Timeout", "00:00:01"));
        api.RequireReady();
        using var client = api.Client();

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => TimedAsync(() => client.PostAsJsonAsync("/api/cypher", new { statement = LoopbackApi.Slow }))));

        foreach (var answer in answers)
        {
            await HttpAssert.ProblemAsync(answer.Response, HttpStatusCode.GatewayTimeout, Codes.TransactionTimedOut);
            Assert.True(answer.Elapsed < TimeSpan.FromSeconds(3), $"a 1 s limit answered after {answer.Elapsed}");
        }
    }

    [SkippableFact]
    public async Task A_full_queue_is_refused_at_once_with_503_and_Retry_After()
    {
        await using var api = new LoopbackApi(("Graph:Cypher:Workers", "1"), ("Graph:Cypher:QueueLength", "1"), ("Graph:Cypher:Timeout", "00:00:02"));
        api.RequireReady();
        using var client = api.Client();
        var slow = Enumerable.Range(0, 2).Select(_ => client.PostAsJsonAsync("/api/cypher", new { statement = LoopbackApi.Slow })).ToList();
        await LoopbackApi.UntilAsync(() => api.Pool.Busy == 2, "one slow query runs and one waits");

        var console = await client.PostAsJsonAsync("/api/cypher", new { statement = "RETURN 1 AS one" });
        var queryApi = await client.PostAsJsonAsync("/db/neo4j/query/v2", new { statement = "RETURN 1 AS one" });
        var domain = await client.GetAsync("/api/search?q=ent");

        await HttpAssert.ProblemAsync(console, HttpStatusCode.ServiceUnavailable, Codes.NoThreadsAvailable);
        await HttpAssert.Neo4jErrorAsync(queryApi, HttpStatusCode.ServiceUnavailable, Codes.NoThreadsAvailable);
        await HttpAssert.ProblemAsync(domain, HttpStatusCode.ServiceUnavailable, Codes.NoThreadsAvailable);
        Assert.Equal(TimeSpan.FromSeconds(1), console.Headers.RetryAfter?.Delta);
        Assert.Equal(TimeSpan.FromSeconds(1), queryApi.Headers.RetryAfter?.Delta);
        await Task.WhenAll(slow);
        await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/cypher", new { statement = "RETURN 1 AS one" }));
    }

    [SkippableFact]
    public async Task A_client_that_hangs_up_frees_its_worker()
    {
        await using var api = new LoopbackApi(("Graph:Cypher:Workers", "1"), ("Graph:Cypher:QueueLength", "1"), ("Graph:Cypher:Timeout", "00:01:00"));
        api.RequireReady();
        using var client = api.Client();
        using var hangUp = new CancellationTokenSource();
        var running = client.PostAsJsonAsync("/api/cypher", new { statement = LoopbackApi.Slow }, hangUp.Token);
        var waiting = client.PostAsJsonAsync("/api/cypher", new { statement = LoopbackApi.Slow }, hangUp.Token);
        await LoopbackApi.UntilAsync(() => api.Pool.Busy == 2, "one slow query runs and one waits");

        await hangUp.CancelAsync();
        await LoopbackApi.UntilAsync(() => api.Pool.Busy == 0, "both statements stop although their limit is a minute away");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/cypher", new { statement = "RETURN 1 AS one" }));
    }

    [SkippableFact]
    public async Task A_deep_but_legal_statement_runs_on_a_worker()
    {
        await using var api = new LoopbackApi(("Graph:Cypher:Workers", "1"));
        api.RequireReady();
        using var client = api.Client();
        var statement = "WITH 1 AS x " + string.Concat(Enumerable.Repeat("WITH x + 1 AS x ", 2000)) + "RETURN x";

        var answer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/cypher", new { statement }));

        Assert.Equal(2001, answer.GetProperty("rows")[0][0].GetInt64());
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        var response = await send();
        return (response, clock.Elapsed);
    }
}
