using System.Net;
using System.Net.Http.Json;
using System.Text;
using Graph.Api.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Features;

/// <summary>The Cypher console: read-only, limited, with errors that point at the fault.</summary>
[Collection(TinySeedApi.Collection)]
public sealed class CypherEndpointsTests(TinySeedApi api)
{
    [Fact]
    public async Task A_body_over_the_limit_is_413_before_it_is_read()
    {
        using var client = api.CreateClient();
        var statement = "RETURN '" + new string('x', 1_100_000) + "'";

        var response = await client.PostAsJsonAsync("/api/cypher", new { statement });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, Codes.RequestInvalid);
    }

    [Fact]
    public async Task A_missing_statement_is_400_naming_it()
    {
        using var client = api.CreateClient();

        await HttpAssert.ProblemAsync(await client.PostAsJsonAsync("/api/cypher", new { parameters = new { } }), HttpStatusCode.BadRequest, Codes.RequestInvalid, "statement");
    }

    [Fact]
    public async Task Parameters_that_are_not_a_map_are_400_naming_them()
    {
        using var client = api.CreateClient();

        await HttpAssert.ProblemAsync(
            await client.PostAsJsonAsync("/api/cypher", new { statement = "RETURN $x", parameters = new[] { 1, 2 } }),
            HttpStatusCode.BadRequest,
            Codes.RequestInvalid,
            "parameters");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_400_InvalidFormat()
    {
        using var client = api.CreateClient();

        await HttpAssert.ProblemAsync(
            await client.PostAsync("/api/cypher", new StringContent("statement=RETURN 1", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest,
            Codes.InvalidFormat);
    }

    [SkippableFact]
    public async Task A_read_answers_fields_rows_and_nodes_as_JSON()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var answer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/cypher", new
        {
            statement = "MATCH (e:Enterprise {id: $id}) RETURN e, e.name AS name",
            parameters = new { id = "ent-smic" },
        }));

        Assert.Equal(["e", "name"], answer.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var node = answer.GetProperty("rows")[0][0];
        Assert.Equal("Enterprise", node.GetProperty("labels")[0].GetString());
        Assert.Equal("SMIC", node.GetProperty("properties").GetProperty("aliases")[0].GetString());
        Assert.Equal("中芯国际", answer.GetProperty("rows")[0][1].GetString());
        Assert.False(answer.GetProperty("truncated").GetBoolean());
    }

    [SkippableFact]
    public async Task A_syntax_error_is_400_with_line_and_column()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var problem = await HttpAssert.ProblemAsync(
            await client.PostAsJsonAsync("/api/cypher", new { statement = "MATCH (n)\nRETRUN n" }),
            HttpStatusCode.BadRequest,
            Codes.SyntaxError);

        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal(1, problem.GetProperty("column").GetInt32());
    }

    [SkippableFact]
    public async Task A_missing_parameter_is_400_ParameterMissing()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        await HttpAssert.ProblemAsync(await client.PostAsJsonAsync("/api/cypher", new { statement = "RETURN $nope" }), HttpStatusCode.BadRequest, Codes.ParameterMissing);
    }

    [SkippableTheory]
    [InlineData("CREATE (:Enterprise {id: 'ent-intruder', name: 'x'})")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("MATCH (e:Enterprise {id: 'ent-smic'}) SET e.name = 'changed'")]
    [InlineData("MERGE (c:Chain {id: 'chain-new'})")]
    public async Task A_write_is_refused_403_Forbidden_and_changes_nothing(string statement)
    {
        api.RequireReady();
        using var client = api.CreateClient();
        HttpResponseMessage? response = null;

        await GraphSnapshot.AssertUnchangedAsync(client, async () => response = await client.PostAsJsonAsync("/api/cypher", new { statement }));

        await HttpAssert.ProblemAsync(response!, HttpStatusCode.Forbidden, Codes.Forbidden);
    }

    [SkippableFact]
    public async Task Rows_past_the_cap_are_cut_and_the_answer_says_so()
    {
        await using var capped = new GraphApiFactory(RepoPaths.TinySeed, extra: new Dictionary<string, string?> { ["Graph:Cypher:MaxRows"] = "5" });
        capped.RequireReady();
        using var client = capped.CreateClient();

        var answer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/cypher", new { statement = "UNWIND range(1, 100) AS x RETURN x" }));

        Assert.Equal(5, answer.GetProperty("rows").GetArrayLength());
        Assert.True(answer.GetProperty("truncated").GetBoolean());
        Assert.Equal(5, answer.GetProperty("maxRows").GetInt32());
    }

    [SkippableFact]
    public async Task A_statement_past_the_time_limit_is_504_with_the_timeout_code()
    {
        await using var hurried = new GraphApiFactory(RepoPaths.TinySeed, extra: new Dictionary<string, string?> { ["Graph:Cypher:Timeout"] = "00:00:00.001" });
        hurried.RequireReady();
        using var client = hurried.CreateClient();

        var response = await client.PostAsJsonAsync("/api/cypher", new { statement = "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)" });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.GatewayTimeout, Codes.TransactionTimedOut);
    }
}
