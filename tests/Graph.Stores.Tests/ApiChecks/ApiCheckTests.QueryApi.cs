using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Core.Store;
using Graph.Stores.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary>
/// The service's own Neo4j Query API (<c>/db/neo4j/query/v2</c>) on each store: on a Neo4j-backed service every
/// request goes through the service and then through the client into the store behind it.
/// </summary>
public abstract partial class ApiCheckTests
{
    private const string TypedJson = "application/vnd.neo4j.query";

    [SkippableFact]
    public async Task The_query_api_answers_typed_values()
    {
        using var client = QueryApiClient();

        var answer = await JsonAsync(
            await client.PostAsync("/db/neo4j/query/v2", Body("""{"statement": "MATCH (c:Chain {id: $id}) RETURN c.name AS name, c.line AS line, c AS chain", "parameters": {"id": "chain-integrated-circuit"}}""")),
            HttpStatusCode.Accepted);

        var row = answer.GetProperty("data").GetProperty("values")[0];
        Assert.Equal(("String", "集成电路"), Typed(row[0]));
        Assert.Equal(("Integer", "705"), Typed(row[1]));
        Assert.Equal("Node", row[2].GetProperty("$type").GetString());
        Assert.Equal(["Chain"], row[2].GetProperty("_value").GetProperty("_labels").EnumerateArray().Select(l => l.GetString()));
    }

    [SkippableFact]
    public async Task A_query_api_transaction_commits_what_it_wrote()
    {
        using var client = QueryApiClient();
        try
        {
            var open = await JsonAsync(await client.PostAsync("/db/neo4j/query/v2/tx", Body("""{"statement": "CREATE (:StoresTest {id: 'query-api-tx'})"}""")), HttpStatusCode.Accepted);
            var id = open.GetProperty("transaction").GetProperty("id").GetString();
            await JsonAsync(await client.PostAsync($"/db/neo4j/query/v2/tx/{id}/commit", Body("{}")), HttpStatusCode.Accepted);

            Assert.Equal(1L, (await Store.RunAsync(new CypherQuery("MATCH (n:StoresTest {id: 'query-api-tx'}) RETURN count(n) AS c"), AccessMode.Read, null, CancellationToken.None)).Rows[0][0]);
        }
        finally
        {
            await Store.RunAsync(new CypherQuery("MATCH (n:StoresTest) DELETE n"), AccessMode.Write, null, CancellationToken.None);
        }
    }

    [SkippableFact]
    public async Task A_failed_statement_ends_its_query_api_transaction_as_neo4j_does()
    {
        using var client = QueryApiClient();
        try
        {
            var open = await JsonAsync(await client.PostAsync("/db/neo4j/query/v2/tx", Body("""{"statement": "CREATE (:StoresTest {id: 'query-api-error'})"}""")), HttpStatusCode.Accepted);
            var id = open.GetProperty("transaction").GetProperty("id").GetString();
            var failed = await client.PostAsync($"/db/neo4j/query/v2/tx/{id}", Body("""{"statement": "UNWIND [0] AS z RETURN 1 / z AS x"}"""));
            var error = JsonDocument.Parse(await failed.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
            var commit = await client.PostAsync($"/db/neo4j/query/v2/tx/{id}/commit", Body("{}"));
            var commitText = await commit.Content.ReadAsStringAsync();

            Assert.Equal(Codes.ArithmeticError, error.GetProperty("code").GetString());
            Assert.False(JsonDocument.Parse(await failed.Content.ReadAsStringAsync()).RootElement.TryGetProperty("transaction", out _));
            Assert.Equal(HttpStatusCode.NotFound, commit.StatusCode);
            Assert.Contains(Codes.TransactionNotFound, commitText, StringComparison.Ordinal);
            Assert.Equal(0L, (await Store.RunAsync(new CypherQuery("MATCH (n:StoresTest {id: 'query-api-error'}) RETURN count(n) AS c"), AccessMode.Read, null, CancellationToken.None)).Rows[0][0]);
        }
        finally
        {
            await Store.RunAsync(new CypherQuery("MATCH (n:StoresTest) DELETE n"), AccessMode.Write, null, CancellationToken.None);
        }
    }

    /// <summary>A client of the Query API as Neo4j's clients call it: Basic credentials (the API key), typed JSON both ways.</summary>
    private HttpClient QueryApiClient()
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{ApiHost.ApiKey}")));
        client.DefaultRequestHeaders.Accept.ParseAdd(TypedJson);
        return client;
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static (string? Type, string? Value) Typed(JsonElement value) =>
        (value.GetProperty("$type").GetString(), value.GetProperty("_value").GetString());
}
