using System.Net;
using System.Net.Http.Headers;
using Graph.Api.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Features;

/// <summary>Request bodies are decoded strictly: invalid UTF-8 is refused with 400, never stored as U+FFFD.</summary>
[Collection(TinySeedApi.Collection)]
public sealed class InvalidUtf8Tests(TinySeedApi api)
{
    [Fact]
    public async Task The_Cypher_console_refuses_a_body_that_is_not_UTF_8()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsync("/api/cypher", Body("{\"statement\": \"RETURN '", "' AS s\"}"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, Codes.InvalidFormat);
        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Query_API_refuses_a_body_that_is_not_UTF_8_with_Neo4js_code()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsync("/db/neo4j/query/v2", Body("{\"statement\": \"RETURN '", "' AS s\"}"));

        await HttpAssert.Neo4jErrorAsync(response, HttpStatusCode.BadRequest, Codes.InvalidFormat);
    }

    [Theory]
    [InlineData("{\"statement\": \"RETURN $s AS s\", \"parameters\": {\"s\": \"\\ud800 alone\"}}")]
    [InlineData("{\"statement\": \"RETURN $s AS s\", \"parameters\": {\"\\udc00\": 1}}")]
    [InlineData("{\"statement\": \"RETURN $s AS s\", \"parameters\": {\"s\": \"\\ud800\\u0041\"}}")]
    public async Task An_unpaired_surrogate_escape_is_refused_like_invalid_UTF_8(string body)
    {
        using var client = api.CreateClient();

        var response = await client.PostAsync("/api/cypher", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, Codes.InvalidFormat);
        Assert.Contains("unpaired UTF-16 surrogate escape", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_surrogate_pair_escape_and_an_escaped_backslash_before_u_are_text_and_accepted()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsync("/api/cypher", new StringContent("{\"statement\": \"RETURN $s AS s, $t AS t\", \"parameters\": {\"s\": \"\\ud83d\\ude00\", \"t\": \"\\\\ud800\"}}", System.Text.Encoding.UTF8, "application/json"));

        var answer = (await HttpAssert.JsonAsync(response)).GetProperty("rows")[0];
        Assert.Equal("😀", answer[0].GetString());
        Assert.Equal("\\ud800", answer[1].GetString());
    }

    [Fact]
    public async Task A_leading_byte_order_mark_is_still_accepted()
    {
        using var client = api.CreateClient();
        var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. "{\"statement\": \"RETURN '中芯' AS s\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var answer = await HttpAssert.JsonAsync(await client.PostAsync("/api/cypher", content));

        Assert.Contains("中芯", answer.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_write_with_invalid_UTF_8_is_refused_as_unreadable_and_changes_nothing()
    {
        api.RequireReady();
        using var writer = api.CreateWriter();
        const string Before = "{\"id\": \"ent-bad-bytes\", \"label\": \"Enterprise\", \"name\": \"中";
        const string After = "\", \"evidence\": \"no such quote\", \"line\": 1}";
        HttpResponseMessage? response = null;

        await GraphSnapshot.AssertUnchangedAsync(writer, async () => response = await writer.PostAsync("/api/entities", Body(Before, After)));
        var valid = await writer.PostAsync("/api/entities", new StringContent(Before + After, System.Text.Encoding.UTF8, "application/json"));

        // System.Text.Json decodes strictly: the body cannot be read at all, while the same body in valid UTF-8 is read
        // (and refused for its evidence, so nothing is written either way).
        var problem = await HttpAssert.ProblemAsync(response!, HttpStatusCode.BadRequest, Codes.RequestInvalid);
        Assert.StartsWith("Failed to read parameter", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var readable = await HttpAssert.ProblemAsync(valid, HttpStatusCode.BadRequest, Codes.RequestInvalid);
        Assert.DoesNotContain("Failed to read parameter", readable.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A JSON body with a lone continuation byte and a truncated three-byte sequence between the two parts.</summary>
    private static ByteArrayContent Body(string before, string after)
    {
        var content = new ByteArrayContent([.. System.Text.Encoding.UTF8.GetBytes(before), 0x80, 0xE4, 0xB8, .. System.Text.Encoding.UTF8.GetBytes(after)]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
