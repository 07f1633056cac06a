using System.Globalization;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Neo4j.Json;
using Graph.Neo4j.Tests.Fakes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Tests;

public sealed class QueryApiResponseWriterTests
{
    private static readonly NodeSnapshot Park = new(9, "4:db:9", ["Park"], new Dictionary<string, object?> { ["name"] = "西青经济技术开发区" });

    private static readonly QueryResult Result = new(
        ["n", "park", "tags"],
        [[1L, Park, new List<object?> { "a", 2.5 }], [2L, null, new List<object?>()]],
        new QueryCounters { NodesCreated = 1, PropertiesSet = 3 })
    {
        Notifications = ["Neo.ClientNotification.Statement.UnknownLabelWarning: no Parks"],
    };

    private static string Write(Action<JsonWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            write(writer);
        }

        return text.ToString();
    }

    [Fact]
    public async Task What_the_writer_serves_the_client_reads_back_unchanged()
    {
        var body = Write(w => QueryApiResponseWriter.WriteResult(w, Result, typed: true, ["FB:embedded"]));
        await using var server = await FakeNeo4jServer.StartAsync(FakeResponse.Accepted(body));
        await using var store = server.CreateStore();

        var read = await store.RunAsync(new CypherQuery("RETURN …"), AccessMode.Read, null, CancellationToken.None);

        Assert.Equal(Result.Fields, read.Fields);
        Assert.Equal(Result.Counters, read.Counters);
        for (var i = 0; i < Result.Rows.Count; i++)
        {
            QueryApiJsonTests.AssertSameValue(Result.Rows[i].ToList(), read.Rows[i].ToList(), $"row {i}");
        }
    }

    [Fact]
    public void Typed_response_has_every_counter_and_the_bookmarks_the_labs_client_expects()
    {
        var json = QueryApiJson.ParseObject(Write(w => QueryApiResponseWriter.WriteResult(w, Result, typed: true, ["FB:1"], "tx-1", DateTimeOffset.UnixEpoch)))!;

        Assert.Equal(14, ((JObject)json["counters"]!).Count);
        Assert.True((bool)json["counters"]!["containsUpdates"]!);
        Assert.Equal("FB:1", (string?)json["bookmarks"]![0]);
        Assert.Equal(("tx-1", "1970-01-01T00:00:00Z"), ((string?)json["transaction"]!["id"], (string?)json["transaction"]!["expires"]));
        Assert.Equal("""{"$type":"Integer","_value":"1"}""", json["data"]!["values"]![0]![0]!.ToString(Formatting.None));
    }

    [Fact]
    public void Plain_response_writes_plain_values()
    {
        var json = QueryApiJson.ParseObject(Write(w => QueryApiResponseWriter.WriteResult(w, Result, typed: false)))!;

        Assert.Equal(1L, (long)json["data"]!["values"]![0]![0]!);
        Assert.Equal("西青经济技术开发区", (string?)json["data"]!["values"]![0]![1]!["properties"]!["name"]);
        Assert.Empty((JArray)json["bookmarks"]!);
    }

    [Fact]
    public void Error_body_carries_code_and_message()
    {
        var json = Write(w => QueryApiResponseWriter.WriteError(w, new CypherSemanticException("Variable `x` not defined")));

        Assert.Equal("""{"errors":[{"code":"Neo.ClientError.Statement.SemanticError","message":"Variable `x` not defined"}]}""", json);
    }
}
