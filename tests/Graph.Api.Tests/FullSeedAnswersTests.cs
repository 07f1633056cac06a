using System.Net.Http.Json;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests;

/// <summary>Acceptance: real answers on the full graph-seed/ — the questions staff and planners ask.</summary>
[Collection(FullSeedApi.Collection)]
public sealed class FullSeedAnswersTests(FullSeedApi api)
{
    [SkippableFact]
    public async Task The_integrated_circuit_chain_lists_its_projects_with_evidence()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var chain = await HttpAssert.JsonAsync(await client.GetAsync("/api/chains/chain-integrated-circuit?limit=50"));

        var projects = chain.GetProperty("members").GetProperty("items").EnumerateArray()
            .Where(m => m.GetProperty("member").GetProperty("label").GetString() == "Project").ToList();
        Assert.Equal(["proj-chip-test-center", "proj-smic-expansion"], projects.Select(p => p.GetProperty("member").GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(projects.SelectMany(p => p.GetProperty("facts").EnumerateArray()), f =>
        {
            Assert.Equal("plan_2022", f.GetProperty("period").GetString());
            Assert.Contains("集成电路", f.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(chain.GetProperty("byLabel").GetProperty("Project").GetInt32(), projects.Count);
    }

    [SkippableFact]
    public async Task Yangliuqing_town_shows_what_lies_in_it_and_in_its_sub_places()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var place = await HttpAssert.JsonAsync(await client.GetAsync("/api/places/place-yangliuqing-town?limit=100"));

        Assert.Equal("杨柳青镇", place.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("place-xiqing", place.GetProperty("partOf")[0].GetProperty("id").GetString());
        Assert.Contains("place-yangliuqing-ancient-town", place.GetProperty("subPlaces").Strings("id"));
        var contents = place.GetProperty("contents").GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(contents, c => c.GetProperty("entity").GetProperty("id").GetString() == "proj-grand-canal-park"
            && c.GetProperty("within").GetProperty("id").GetString() == "place-yangliuqing-town");
        Assert.Contains(contents, c => c.GetProperty("within").GetProperty("id").GetString() == "place-yangliuqing-station");
        Assert.All(contents, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("fact").GetProperty("evidence").GetString())));
    }

    [SkippableFact]
    public async Task The_firms_named_with_SMIC_rank_first_among_its_related_firms()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var related = await HttpAssert.JsonAsync(await client.GetAsync("/api/enterprises/ent-smic/related"));

        var top = related.GetProperty("related").GetProperty("items").EnumerateArray().Take(2).ToList();
        Assert.Equal(["ent-faw-toyota", "ent-otsuka"], top.Select(r => r.GetProperty("enterprise").GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(top, r =>
        {
            var reason = r.GetProperty("reasons")[0];
            Assert.True(reason.GetProperty("namedTogether").GetBoolean());
            Assert.All(reason.GetProperty("facts").EnumerateArray(), f => Assert.Equal(62, f.GetProperty("line").GetInt64()));
        });
        var scores = related.GetProperty("related").GetProperty("items").EnumerateArray().Select(r => r.GetProperty("score").GetInt64()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [SkippableFact]
    public async Task SMIC_reaches_Yangliuqing_town_through_the_district()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var result = await HttpAssert.JsonAsync(await client.GetAsync("/api/paths?from=ent-smic&to=place-yangliuqing-town"));

        Assert.Equal(2, result.GetProperty("length").GetInt32());
        var path = result.GetProperty("paths")[0];
        Assert.Equal(["中芯国际", "西青区", "杨柳青镇"], path.GetProperty("nodes").Strings("name"));
        Assert.Equal(["LOCATED_IN", "PART_OF"], path.GetProperty("hops").Strings("type"));
        Assert.All(path.GetProperty("hops").EnumerateArray(), h => Assert.True(h.GetProperty("line").GetInt64() > 0));
    }

    [SkippableTheory]
    [InlineData("中芯", "ent-smic")]
    [InlineData("杨柳青", "place-yangliuqing-town")]
    [InlineData("集成电路", "chain-integrated-circuit")]
    public async Task Search_finds_partial_Chinese_names(string q, string expected)
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var page = await HttpAssert.JsonAsync(await client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}"));

        Assert.Equal(expected, page.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [SkippableFact]
    public async Task The_chain_town_matrix_places_a_car_project_in_its_street()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var matrix = await HttpAssert.JsonAsync(await client.GetAsync("/api/chains/chain-auto-nev/towns"));

        var street = matrix.GetProperty("towns").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "place-jinmenhu-street");
        Assert.Equal(1, street.GetProperty("byLabelAndStatus").GetProperty("Project").GetProperty("operating").GetInt32());
        Assert.Equal(JsonValueKindNull, matrix.GetProperty("towns").EnumerateArray().Last().GetProperty("id").ValueKind);
    }

    [SkippableFact]
    public async Task Every_chain_of_the_seed_is_listed_across_pages()
    {
        api.RequireReady();
        using var client = api.CreateClient();

        var first = await HttpAssert.JsonAsync(await client.GetAsync("/api/chains?limit=20"));
        var second = await HttpAssert.JsonAsync(await client.GetAsync("/api/chains?skip=20&limit=20"));
        var count = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/cypher", new { statement = "MATCH (c:Chain) RETURN count(c)" }));

        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.Equal(count.GetProperty("rows")[0][0].GetInt32(), first.GetProperty("items").GetArrayLength() + second.GetProperty("items").GetArrayLength());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
