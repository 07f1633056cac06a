using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Stores.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary>
/// The service's HTTP API, end to end, on each store: the domain endpoints, the read-only Cypher console and the
/// writes, through the service configured for that store (the Neo4j client's stores: <c>Graph:Store=neo4j</c>).
/// </summary>
public abstract partial class ApiCheckTests(StoreFixture fixture) : StoreSuite(fixture)
{
    [SkippableFact]
    public async Task The_service_is_ready_and_names_its_store()
    {
        var health = await GetAsync("/health/ready");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var expected = Kind == StoreKind.Embedded ? "embedded" : "neo4j";
        Assert.Equal(expected, health.GetProperty("checks").GetProperty("graph").GetProperty("data").GetProperty("store").GetString());
    }

    [SkippableFact]
    public async Task Chains_list_with_member_counts()
    {
        var page = await GetAsync("/api/chains");

        var items = page.GetProperty("items");
        Assert.Equal(["chain-integrated-circuit", "chain-internet-of-vehicles"], Strings(items, "id"));
        Assert.Equal(4, items[0].GetProperty("members").GetInt32());
        Assert.False(page.GetProperty("hasMore").GetBoolean());
    }

    [SkippableFact]
    public async Task A_chain_counts_its_filtered_members_by_status_and_by_label()
    {
        var chain = await GetAsync("/api/chains/chain-integrated-circuit?status=planned");

        Assert.Equal(3, chain.GetProperty("byStatus").GetProperty("planned").GetInt32());
        Assert.Equal((1, 2), (chain.GetProperty("byLabel").GetProperty("Enterprise").GetInt32(), chain.GetProperty("byLabel").GetProperty("Project").GetInt32()));
        Assert.Equal(3, chain.GetProperty("members").GetProperty("total").GetInt32());
        Assert.Equal("集成电路", chain.GetProperty("properties").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task An_unknown_chain_is_404_with_neo4j_s_code()
    {
        using var client = Api.CreateClient();

        var problem = await ProblemAsync(await client.GetAsync("/api/chains/chain-nowhere"), HttpStatusCode.NotFound);

        Assert.Equal(Codes.EntityNotFound, problem.GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task An_entity_shows_its_relationships_with_evidence()
    {
        var entity = await GetAsync("/api/entities/ent-smic");

        Assert.Equal("Enterprise", entity.GetProperty("label").GetString());
        var links = entity.GetProperty("links");
        Assert.Equal(3, links.GetProperty("total").GetInt32());
        Assert.Equal(["DEVELOPS", "IN_CHAIN", "IN_CHAIN"], Strings(links.GetProperty("items"), "type"));
        Assert.Equal(705, links.GetProperty("items")[0].GetProperty("line").GetInt32());
    }

    [SkippableFact]
    public async Task A_place_shows_what_it_is_part_of_and_what_lies_in_it()
    {
        var town = await GetAsync("/api/places/place-yangliuqing-town");

        Assert.Equal(["place-xiqing-district"], Strings(town.GetProperty("partOf"), "id"));
        Assert.Equal("proj-yangliuqing-grand-canal-park", town.GetProperty("contents").GetProperty("items")[0].GetProperty("entity").GetProperty("id").GetString());
    }

    [SkippableFact]
    public async Task Paths_join_two_entities_with_every_hop()
    {
        var paths = await GetAsync("/api/paths?from=ent-xiabuxiabu&to=line-metro-5");

        Assert.Equal(2, paths.GetProperty("length").GetInt32());
        Assert.Equal(2, paths.GetProperty("paths").GetArrayLength());
    }

    [SkippableFact]
    public async Task The_neighbourhood_has_nodes_and_edges_for_drawing()
    {
        var graph = await GetAsync("/api/graph/neighborhood/place-yangliuqing-town?depth=1");

        Assert.Equal(3, graph.GetProperty("nodes").GetArrayLength());
        Assert.Equal(["LOCATED_IN", "PART_OF"], Strings(graph.GetProperty("edges"), "type").Order(StringComparer.Ordinal));
        Assert.False(graph.GetProperty("truncated").GetBoolean());
    }

    [SkippableFact]
    public async Task Search_ranks_exact_names_first()
    {
        var page = await GetAsync("/api/search?q=" + Uri.EscapeDataString("中芯"));

        Assert.Equal(["ent-smic", "proj-smic-expansion"], Strings(page.GetProperty("items"), "id"));
    }

    [SkippableFact]
    public async Task Related_enterprises_of_a_firm_with_none_is_an_empty_page()
    {
        var related = await GetAsync("/api/enterprises/ent-smic/related");

        Assert.Equal(0, related.GetProperty("related").GetProperty("total").GetInt32());
        Assert.Equal("中芯国际", related.GetProperty("enterprise").GetProperty("name").GetString());
    }

    protected async Task<JsonElement> GetAsync(string url)
    {
        using var client = Api.CreateClient();
        return await JsonAsync(await client.GetAsync(url), HttpStatusCode.OK);
    }

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await JsonAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return problem;
    }

    protected static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    protected static IEnumerable<string?> Strings(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString());
}
