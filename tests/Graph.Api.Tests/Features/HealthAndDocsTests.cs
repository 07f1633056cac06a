using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Features;

/// <summary>Liveness, readiness and the OpenAPI document with its interactive page.</summary>
[Collection(TinySeedApi.Collection)]
public sealed class HealthAndDocsTests(TinySeedApi api)
{
    [Fact]
    public async Task Liveness_is_200_whatever_the_store_says()
    {
        using var client = api.CreateClient();

        var health = await HttpAssert.JsonAsync(await client.GetAsync("/health/live"));

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_reports_the_graph_state_with_its_reason()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/health/ready");

        var expected = api.Status.Ready ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable;
        var health = await HttpAssert.JsonAsync(response, expected);
        Assert.False(string.IsNullOrEmpty(health.GetProperty("checks").GetProperty("graph").GetProperty("description").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_endpoint()
    {
        using var client = api.CreateClient();

        var document = await HttpAssert.JsonAsync(await client.GetAsync("/openapi/v1.json"));

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "/api/search", "/api/entities/{id}", "/api/chains", "/api/chains/{id}", "/api/chains/{id}/towns", "/api/places/{id}",
            "/api/enterprises/{id}/related", "/api/paths", "/api/graph/neighborhood/{id}", "/api/cypher", "/db/{db}/query/v2",
            "/db/{db}/query/v2/tx", "/db/{db}/query/v2/tx/{id}", "/db/{db}/query/v2/tx/{id}/commit", "/api/seed/reload",
            "/api/entities", "/api/relationships", "/api/relationships/{from}/{type}/{to}/{period}",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
    }

    [Fact]
    public async Task The_interactive_docs_are_served()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
