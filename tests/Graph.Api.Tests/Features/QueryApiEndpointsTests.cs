using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Graph.Api.Features.QueryApi;
using Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Features;

/// <summary>Neo4j's Query API on the service: discovery, implicit queries, explicit transactions, errors in Neo4j's shape.</summary>
[Collection(TinySeedApi.Collection)]
public sealed class QueryApiEndpointsTests(TinySeedApi api)
{
    private const string Typed = "application/vnd.neo4j.query";

    [Fact]
    public async Task The_discovery_document_names_the_query_endpoint()
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var discovery = await HttpAssert.JsonAsync(await client.GetAsync("/"));

        Assert.EndsWith("/db/{databaseName}/query/v2", discovery.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/db/{databaseName}/query/v2/tx", discovery.GetProperty("transaction").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("5.", discovery.GetProperty("neo4j_version").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_at_the_root_is_sent_to_a_page_not_the_discovery_JSON()
    {
        using var client = api.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await client.GetAsync("/");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"got {(int)response.StatusCode}");
        Assert.NotEqual("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_database_is_404_DatabaseNotFound_in_Neo4j_shape()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsync("/db/other/query/v2", Json("""{"statement": "RETURN 1"}"""));

        await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.NotFound, Codes.DatabaseNotFound);
    }

    [Fact]
    public async Task Wrong_credentials_are_401_Unauthorized()
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:wrong")));

        var response = await client.PostAsync("/db/neo4j/query/v2", Json("""{"statement": "RETURN 1"}"""));

        await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.Unauthorized, Codes.Unauthorized);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_400_InvalidFormat()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsync("/db/neo4j/query/v2", Json("""{"statement": "RETURN 1" """));

        await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.BadRequest, Codes.InvalidFormat);
    }

    [Fact]
    public async Task A_Base64_parameter_is_refused_rather_than_read_as_a_list_of_integers()
    {
        using var client = api.CreateClient();

        var content = Json("""{"statement": "RETURN $b AS b", "parameters": {"b": {"$type": "Base64", "_value": "AQID"}}}""");
        content.Headers.ContentType = new MediaTypeHeaderValue(Typed);

        var response = await client.PostAsync("/db/neo4j/query/v2", content);

        await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.BadRequest, Codes.FeatureNotSupported);
    }

    [Fact]
    public async Task An_unknown_transaction_is_404_TransactionNotFound()
    {
        using var client = api.CreateClient();

        await HttpAssert.Neo4jErrorAsync(await client.PostAsync("/db/neo4j/query/v2/tx/abc/commit", Json("{}")), HttpStatusCode.NotFound, Codes.TransactionNotFound);
        await HttpAssert.Neo4jErrorAsync(await client.DeleteAsync("/db/neo4j/query/v2/tx/abc"), HttpStatusCode.NotFound, Codes.TransactionNotFound);
    }

    [SkippableFact]
    public async Task A_plain_query_answers_fields_and_rows()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var body = await HttpAssert.JsonAsync(
            await client.PostAsync("/db/neo4j/query/v2", Json("""{"statement": "MATCH (e:Enterprise {id: $id}) RETURN e.name AS name, e.line AS line", "parameters": {"id": "ent-smic"}}""")),
            HttpStatusCode.Accepted);

        Assert.Equal("name", body.GetProperty("data").GetProperty("fields")[0].GetString());
        Assert.Equal("中芯国际", body.GetProperty("data").GetProperty("values")[0][0].GetString());
        Assert.Equal(62, body.GetProperty("data").GetProperty("values")[0][1].GetInt64());
        Assert.False(body.GetProperty("counters").GetProperty("containsUpdates").GetBoolean());
    }

    [SkippableFact]
    public async Task A_typed_query_answers_typed_values_with_the_typed_media_type()
    {
        api.RequireReady();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd($"{Typed}, application/json");
        var content = new StringContent("""{"statement": "MATCH (e:Enterprise {id: $id}) RETURN e, e.line AS line", "parameters": {"id": {"$type": "String", "_value": "ent-smic"}}}""", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(Typed);

        var response = await client.PostAsync("/db/neo4j/query/v2", content);
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.Accepted);

        Assert.Equal(Typed, response.Content.Headers.ContentType?.MediaType);
        var row = body.GetProperty("data").GetProperty("values")[0];
        Assert.Equal("Node", row[0].GetProperty("$type").GetString());
        Assert.Equal("Enterprise", row[0].GetProperty("_value").GetProperty("_labels")[0].GetString());
        Assert.Equal("Integer", row[1].GetProperty("$type").GetString());
        Assert.Equal("62", row[1].GetProperty("_value").GetString());
    }

    [SkippableFact]
    public async Task An_anonymous_write_is_refused_Forbidden_and_changes_nothing()
    {
        api.RequireReady();
        using var client = api.CreateClient();
        HttpResponseMessage? response = null;

        await GraphSnapshot.AssertUnchangedAsync(client, async () =>
            response = await client.PostAsync("/db/neo4j/query/v2", Json("""{"statement": "CREATE (:Enterprise {id: 'ent-new'})"}""")));

        await HttpAssert.Neo4jErrorAsync(response!, HttpStatusCode.Forbidden, Codes.Forbidden);
    }

    [SkippableFact]
    public async Task A_write_sent_with_read_access_mode_is_refused_AccessMode()
    {
        api.RequireReady();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{GraphApiFactory.ApiKey}")));

        var response = await client.PostAsync("/db/neo4j/query/v2", Json("""{"statement": "CREATE (:Enterprise {id: 'ent-new'})", "accessMode": "READ"}"""));

        await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.Forbidden, "Neo.ClientError.Statement.AccessMode");
    }

    [SkippableFact]
    public async Task A_syntax_error_comes_back_as_a_Neo4j_error()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var response = await client.PostAsync("/db/neo4j/query/v2", Json("""{"statement": "RETRUN 1"}"""));

        await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.BadRequest, Codes.SyntaxError);
    }

    [SkippableFact]
    public async Task An_explicit_transaction_opens_runs_and_commits()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var opened = await HttpAssert.JsonAsync(await client.PostAsync("/db/neo4j/query/v2/tx", Json("""{"statement": "RETURN 1 AS one"}""")), HttpStatusCode.Accepted);
        var id = opened.GetProperty("transaction").GetProperty("id").GetString();
        Assert.Equal(1, opened.GetProperty("data").GetProperty("values")[0][0].GetInt64());
        Assert.True(opened.GetProperty("transaction").TryGetProperty("expires", out _));

        var ran = await HttpAssert.JsonAsync(await client.PostAsync($"/db/neo4j/query/v2/tx/{id}", Json("""{"statement": "MATCH (c:Chain) RETURN count(c) AS chains"}""")), HttpStatusCode.Accepted);
        Assert.Equal(2, ran.GetProperty("data").GetProperty("values")[0][0].GetInt64());

        await HttpAssert.JsonAsync(await client.PostAsync($"/db/neo4j/query/v2/tx/{id}/commit", Json("{}")), HttpStatusCode.Accepted);
        await HttpAssert.Neo4jErrorAsync(await client.PostAsync($"/db/neo4j/query/v2/tx/{id}", Json("""{"statement": "RETURN 1"}""")), HttpStatusCode.NotFound, Codes.TransactionNotFound);
    }

    [SkippableFact]
    public async Task A_rolled_back_write_transaction_leaves_nothing()
    {
        api.RequireReady();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", GraphApiFactory.ApiKey);

        await GraphSnapshot.AssertUnchangedAsync(client, async () =>
        {
            var opened = await HttpAssert.JsonAsync(
                await client.PostAsync("/db/neo4j/query/v2/tx", Json("""{"statement": "CREATE (:Event {id: 'event-temp', name: 'temp'})"}""")),
                HttpStatusCode.Accepted);
            var id = opened.GetProperty("transaction").GetProperty("id").GetString();
            await HttpAssert.JsonAsync(await client.DeleteAsync($"/db/neo4j/query/v2/tx/{id}"), HttpStatusCode.Accepted);
        });
    }

    [SkippableFact]
    public async Task A_failed_statement_ends_its_transaction_and_rolls_back_its_writes()
    {
        api.RequireReady();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", GraphApiFactory.ApiKey);
        var open = OpenTransactions;

        await GraphSnapshot.AssertUnchangedAsync(client, async () =>
        {
            var opened = await HttpAssert.JsonAsync(
                await client.PostAsync("/db/neo4j/query/v2/tx", Json("""{"statement": "CREATE (:Event {id: 'event-failed', name: 'failed'})"}""")),
                HttpStatusCode.Accepted);
            var id = opened.GetProperty("transaction").GetProperty("id").GetString();

            var failed = await client.PostAsync($"/db/neo4j/query/v2/tx/{id}", Json("""{"statement": "UNWIND [0] AS z RETURN 1 / z AS x"}"""));
            await HttpAssert.Neo4jErrorAsync(failed, HttpStatusCode.BadRequest, Codes.ArithmeticError);

            Assert.Equal(open, OpenTransactions);
            await HttpAssert.Neo4jErrorAsync(await client.PostAsync($"/db/neo4j/query/v2/tx/{id}/commit", Json("{}")), HttpStatusCode.NotFound, Codes.TransactionNotFound);
            await HttpAssert.Neo4jErrorAsync(await client.DeleteAsync($"/db/neo4j/query/v2/tx/{id}"), HttpStatusCode.NotFound, Codes.TransactionNotFound);
        });
    }

    [SkippableFact]
    public async Task A_transaction_whose_first_statement_fails_is_not_left_open()
    {
        api.RequireReady();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", GraphApiFactory.ApiKey);
        var open = OpenTransactions;

        var failed = await client.PostAsync("/db/neo4j/query/v2/tx", Json("""{"statement": "RETRUN 1"}"""));

        await HttpAssert.Neo4jErrorAsync(failed, HttpStatusCode.BadRequest, Codes.SyntaxError);
        Assert.Equal(open, OpenTransactions);
    }

    [SkippableFact]
    public async Task A_commit_whose_last_statement_fails_commits_nothing()
    {
        api.RequireReady();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", GraphApiFactory.ApiKey);

        await GraphSnapshot.AssertUnchangedAsync(client, async () =>
        {
            var opened = await HttpAssert.JsonAsync(
                await client.PostAsync("/db/neo4j/query/v2/tx", Json("""{"statement": "CREATE (:Event {id: 'event-commit-failed', name: 'failed'})"}""")),
                HttpStatusCode.Accepted);
            var id = opened.GetProperty("transaction").GetProperty("id").GetString();

            var commit = await client.PostAsync($"/db/neo4j/query/v2/tx/{id}/commit", Json("""{"statement": "RETURN 1 / 0 AS x"}"""));

            await HttpAssert.Neo4jErrorAsync(commit, HttpStatusCode.BadRequest, Codes.ArithmeticError);
        });
    }

    private int OpenTransactions => api.Services.GetRequiredService<QueryApiTransactions>().Count;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
