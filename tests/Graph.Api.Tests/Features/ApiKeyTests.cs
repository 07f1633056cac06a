using System.Net;
using System.Net.Http.Json;
using Graph.Api.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Features;

/// <summary>Writes need the API key: none → 401, wrong → 403; and a refused write changes nothing.</summary>
[Collection(TinySeedApi.Collection)]
public sealed class ApiKeyTests(TinySeedApi api)
{
    public static TheoryData<string, string> Writes => new()
    {
        { "POST", "/api/seed/reload" },
        { "POST", "/api/entities" },
        { "PATCH", "/api/entities/ent-smic" },
        { "DELETE", "/api/entities/ent-smic" },
        { "POST", "/api/relationships" },
        { "PATCH", "/api/relationships/ent-smic/IN_CHAIN/chain-integrated-circuit/plan_2022" },
        { "DELETE", "/api/relationships/ent-smic/IN_CHAIN/chain-integrated-circuit/plan_2022" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_write_without_the_key_is_401_and_changes_nothing(string method, string url)
    {
        using var client = api.CreateClient();
        HttpResponseMessage? response = null;

        await Unchanged(client, async () => response = await client.SendAsync(Request(method, url)));

        await HttpAssert.ProblemAsync(response!, HttpStatusCode.Unauthorized, Codes.Unauthorized);
        Assert.Contains("X-Api-Key", response!.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_write_with_a_wrong_key_is_403_and_changes_nothing(string method, string url)
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "wrong-key");
        HttpResponseMessage? response = null;

        await Unchanged(client, async () => response = await client.SendAsync(Request(method, url)));

        await HttpAssert.ProblemAsync(response!, HttpStatusCode.Forbidden, Codes.Forbidden);
    }

    [Fact]
    public async Task A_wrong_bearer_token_is_403()
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-the-key");

        await HttpAssert.ProblemAsync(await client.DeleteAsync("/api/entities/ent-smic"), HttpStatusCode.Forbidden, Codes.Forbidden);
    }

    [Fact]
    public async Task Without_a_configured_key_every_write_is_403()
    {
        await using var keyless = new GraphApiFactory(RepoPaths.TinySeed, apiKey: null);
        using var client = keyless.CreateWriter();

        var problem = await HttpAssert.ProblemAsync(await client.DeleteAsync("/api/entities/ent-smic"), HttpStatusCode.Forbidden, Codes.Forbidden);

        Assert.Contains("Graph:ApiKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = JsonContent.Create(new { status = "completed" }) };

    /// <summary>Checks the graph is unchanged when the graph can answer; otherwise only the act runs.</summary>
    private async Task Unchanged(HttpClient client, Func<Task> act)
    {
        if (api.Status.Ready)
        {
            await GraphSnapshot.AssertUnchangedAsync(client, act);
        }
        else
        {
            await act();
        }
    }
}
