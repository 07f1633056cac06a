using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Features;

/// <summary>
/// The attack statements of issue 12 (items 1–3) against the service on a real loopback port, with small
/// <c>Graph:Cypher</c> limits: each gets a clean error or a cut answer, and the service answers afterwards.
/// </summary>
public sealed class CypherLimitsTests : IDisposable
{
    private const string Deep = "RETURN reduce(a = [], i IN range(1, 30000) | [a]) AS x";

    private readonly GraphApiFactory api = new(RepoPaths.TinySeed, extra: new Dictionary<string, string?>
    {
        ["Graph:Cypher:Timeout"] = "00:00:00.500",
        ["Graph:Cypher:MaxMemory"] = (16 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Graph:Cypher:MaxTotalMemory"] = (64 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Graph:Cypher:MaxResponseBytes"] = (1 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private readonly HttpClient client;

    public CypherLimitsTests()
    {
        api.UseKestrel(0);
        api.StartServer();
        var addresses = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        client = new HttpClient { BaseAddress = address };
    }

    public void Dispose()
    {
        client.Dispose();
        api.Dispose();
    }

    [Fact]
    public async Task A_value_nested_30000_deep_is_a_clean_error_on_the_console_and_the_service_lives_on()
    {
        var response = await client.PostAsJsonAsync("/api/cypher", new { statement = Deep });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, Codes.ValueTooDeep);
        await AssertAliveAsync();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/vnd.neo4j.query")]
    public async Task A_value_nested_30000_deep_is_a_clean_error_on_the_Query_API_and_the_service_lives_on(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/db/neo4j/query/v2") { Content = Json($$"""{"statement": "{{Deep}}"}""") };
        request.Headers.Accept.ParseAdd(accept);

        await HttpAssert.Neo4jErrorAsync(await client.SendAsync(request), HttpStatusCode.BadRequest, Codes.ValueTooDeep);
        await AssertAliveAsync();
    }

    [Theory]
    [InlineData("RETURN size(reduce(s = \"\", i IN range(1, 200000) | s + \"xxxxxxxxxx\")) AS n")]
    [InlineData("RETURN size([i IN range(1, 1000000000) WHERE i < 0]) AS n")]
    public async Task Work_inside_one_expression_stops_at_the_time_limit(string statement)
    {
        var clock = Stopwatch.StartNew();

        var response = await client.PostAsJsonAsync("/api/cypher", new { statement });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.GatewayTimeout, Codes.TransactionTimedOut);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"answered after {clock.Elapsed}");
        await AssertAliveAsync();
    }

    [Theory]
    [InlineData("RETURN range(1, 1000000000)")]
    [InlineData("WITH reduce(s = \"x\", i IN range(1, 26) | s + s) AS s UNWIND range(1, 100) AS i RETURN s")]
    public async Task A_statement_past_the_memory_budget_is_503_with_Neo4js_memory_error(string statement)
    {
        var response = await client.PostAsJsonAsync("/api/cypher", new { statement });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.ServiceUnavailable, Codes.MemoryPoolOutOfMemory);
        await AssertAliveAsync();
    }

    [Fact]
    public async Task The_Query_API_answers_the_memory_error_in_Neo4js_shape()
    {
        var response = await client.PostAsync("/db/neo4j/query/v2", Json("""{"statement": "RETURN range(1, 1000000000) AS r"}"""));

        await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.ServiceUnavailable, Codes.MemoryPoolOutOfMemory);
    }

    [Fact]
    public async Task An_answer_past_the_response_budget_is_cut_and_says_so()
    {
        var response = await client.PostAsJsonAsync("/api/cypher", new { statement = "UNWIND range(1, 10000) AS i RETURN range(1, 3000) AS r" });

        var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
        var answer = await HttpAssert.JsonAsync(response);
        Assert.True(answer.GetProperty("truncated").GetBoolean());
        Assert.InRange(answer.GetProperty("rowCount").GetInt32(), 1, 100);
        Assert.InRange(bytes, 1, 2 << 20);
    }

    [Fact]
    public async Task Parameters_deeper_than_the_JSON_reader_allows_are_400_and_shallower_ones_come_back()
    {
        static string Nested(int depth) => new string('[', depth) + "1" + new string(']', depth);

        var tooDeep = await client.PostAsync("/api/cypher", Json("""{"statement": "RETURN $p AS p", "parameters": {"p": """ + Nested(100) + "}}"));
        var fine = await client.PostAsync("/api/cypher", Json("""{"statement": "RETURN $p AS p", "parameters": {"p": """ + Nested(50) + "}}"));

        await HttpAssert.ProblemAsync(tooDeep, HttpStatusCode.BadRequest, Codes.InvalidFormat);
        var answer = await HttpAssert.JsonAsync(fine);
        Assert.StartsWith("[[[[", answer.GetProperty("rows")[0][0].GetRawText(), StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task AssertAliveAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var answer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/cypher", new { statement = "RETURN 1 AS one" }));
        Assert.Equal(1, answer.GetProperty("rows")[0][0].GetInt32());
    }
}
