using System.Net;
using System.Net.Http.Headers;

namespace Graph.Explorer.Tests;

/// <summary>The service side of the explorer: one address, <c>/</c>, for browsers and for Neo4j's JSON clients.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerEndpointsTests(ExplorerFixture fixture)
{
    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await fixture.Http.SendAsync(request);
    }

    [Fact]
    public async Task Browsers_asking_for_html_at_the_root_get_the_explorer_page()
    {
        using var response = await GetAsync("/", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("西青产业知识图谱", html, StringComparison.Ordinal);
        Assert.Matches(@"app\.js\?v=[0-9a-f]{12}", html);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Json_clients_asking_for_the_root_do_not_get_the_page()
    {
        using var json = await GetAsync("/", "application/json");
        using var any = await GetAsync("/", "*/*");

        Assert.NotEqual("text/html", json.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("text/html", any.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", json.Headers.Vary);
    }

    [Fact]
    public async Task The_bundle_is_served_by_the_service_with_cytoscape_inside_and_no_other_host_named()
    {
        using var page = await GetAsync("/", "text/html");
        var html = await page.Content.ReadAsStringAsync();
        using var script = await GetAsync("/app.js", "*/*");
        using var licences = await GetAsync("/app.js.LEGAL.txt", "*/*");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("text/javascript").MediaType, script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("cytoscape", await licences.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }
}
