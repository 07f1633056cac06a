using Microsoft.Playwright;

namespace Graph.Explorer.Tests;

/// <summary>The neighbourhood graph: expansion on click, the cap notice, and related firms beside it.</summary>
public sealed partial class ExplorerPageTests
{
    private static Task<int> NodeCountAsync(IPage page) =>
        page.Locator(".graph-panel .graph-canvas").EvaluateAsync<int>("el => el.cy.nodes().length");

    [SkippableFact]
    public async Task Clicking_a_node_expands_its_neighbourhood_into_the_graph()
    {
        var page = await OpenAsync("#/entity/ent-smic", "/api/entities/ent-smic", "/api/graph/neighborhood/ent-smic?depth=1&limit=100",
            "/api/graph/neighborhood/chain-integrated-circuit?depth=1&limit=100");
        await Assertions.Expect(page.Locator(".graph-notice")).ToHaveTextAsync("单击节点展开其邻居；双击打开该实体。");
        var before = await NodeCountAsync(page);

        // A tap on the node, as a click on the canvas gives it.
        await page.Locator(".graph-panel .graph-canvas").EvaluateAsync("el => { el.cy.getElementById('chain-integrated-circuit').emit('tap'); }");

        await Assertions.Expect(page.Locator(".graph-notice")).ToContainTextAsync("已展开 集成电路");
        Assert.True(await NodeCountAsync(page) > before);
        Assert.True(await page.Locator(".graph-panel .graph-canvas").EvaluateAsync<bool>("el => el.cy.getElementById('proj-chip-test-center').nonempty()"));
        await fixture.ScreenshotAsync(page, "10-entity-graph-expanded");
    }

    [SkippableFact]
    public async Task Graph_of_the_district_says_that_the_cap_cut_it()
    {
        var page = await OpenAsync("#/place/place-xiqing", "/api/places/place-xiqing", "/api/graph/neighborhood/place-xiqing?depth=1&limit=100");

        await Assertions.Expect(page.Locator(".graph-notice.cut")).ToContainTextAsync("已截断");
        Assert.Equal(100, await NodeCountAsync(page));
        await fixture.ScreenshotAsync(page, "11-place-xiqing-cut");
    }

    [SkippableFact]
    public async Task Enterprise_view_lists_related_firms_with_the_reason_and_its_evidence()
    {
        var page = await OpenAsync("#/entity/ent-faw-toyota", "/api/entities/ent-faw-toyota", "/api/enterprises/ent-faw-toyota/related");

        var related = page.Locator(".related-list > li").Filter(new() { HasText = "上海龙创汽车设计" });
        await Assertions.Expect(related.Locator(".reason").First).ToHaveTextAsync("同一产业链");
        await Assertions.Expect(related.Locator(".evidence").First).Not.ToBeEmptyAsync();
        await fixture.ScreenshotAsync(page, "12-entity-related-firms");
    }
}
