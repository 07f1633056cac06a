using System.Text;
using Microsoft.Playwright;

namespace Graph.Explorer.Tests;

/// <summary>The path finder, the place view, the Cypher console and the exports.</summary>
public sealed partial class ExplorerPageTests
{
    [SkippableFact]
    public async Task Path_finder_shows_each_hop_between_中芯国际_and_芯片测试中心_with_its_evidence()
    {
        var page = await OpenAsync("#/paths", "/api/search?q=芯片", "/api/entities/ent-smic", "/api/paths?from=ent-smic&to=proj-chip-test-center&maxHops=4");

        await PickSuggestionAsync(page, page.Locator("input[name='from']"), "中芯国际", "中芯国际");
        await PickSuggestionAsync(page, page.Locator("input[name='to']"), "芯片测试", "芯片测试中心");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找路径" }).ClickAsync();

        await page.WaitForURLAsync("**/#/paths?from=ent-smic&to=proj-chip-test-center*");
        var firstPath = page.Locator(".paths .panel").First;
        await Assertions.Expect(firstPath.Locator(".path-line")).ToContainTextAsync("中芯国际");
        await Assertions.Expect(firstPath.Locator(".path-line")).ToContainTextAsync("芯片测试中心");
        var hops = firstPath.Locator(".hop");
        Assert.InRange(await hops.CountAsync(), 1, 4);
        foreach (var hop in await hops.AllAsync())
        {
            await Assertions.Expect(hop.Locator(".evidence .quote")).Not.ToBeEmptyAsync();
        }

        await fixture.ScreenshotAsync(page, "06-paths");
    }

    [SkippableFact]
    public async Task Place_view_shows_the_canal_park_in_杨柳青镇()
    {
        var page = await OpenAsync("#/place/place-yangliuqing-town", "/api/places/place-yangliuqing-town", "/api/graph/neighborhood/place-yangliuqing-town?depth=1&limit=100");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("杨柳青镇");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "杨柳青大运河国家文化公园" }).First).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "07-place-yangliuqing");
    }

    [SkippableFact]
    public async Task Cypher_console_runs_from_a_shared_link_shows_the_table_and_exports_it_as_CSV()
    {
        const string statement = "MATCH (e:Enterprise)-[r:IN_CHAIN]->(c:Chain {id: 'chain-integrated-circuit'}) RETURN e.name AS enterprise, r.status AS status, r.period AS period ORDER BY period";
        var page = await OpenAsync("#/cypher?s=" + Uri.EscapeDataString(statement), "POST /api/cypher");

        var table = page.Locator("table.result-table");
        await Assertions.Expect(table.Locator("thead th")).ToHaveTextAsync(["enterprise", "status", "period"]);
        await Assertions.Expect(table.Locator("tbody tr").First).ToContainTextAsync("中芯国际");
        await fixture.ScreenshotAsync(page, "08-cypher-table");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".export-csv").ClickAsync());
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync())).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("enterprise,status,period", lines[0]);
        Assert.Contains("中芯国际,operating,review_2016_2021", lines);
        Assert.Equal(await table.Locator("tbody tr").CountAsync() + 1, lines.Length);
    }

    [SkippableFact]
    public async Task Cypher_console_puts_the_statement_in_the_link_and_draws_nodes_as_a_graph()
    {
        var page = await OpenAsync("#/cypher", "POST /api/cypher");

        await page.Locator("textarea[name='statement']").FillAsync("MATCH (e:Enterprise {id: 'ent-smic'})-[r:IN_CHAIN]->(c:Chain) RETURN e, r, c");
        await page.Locator("textarea[name='statement']").PressAsync("Control+Enter");

        await page.WaitForURLAsync("**/#/cypher?s=MATCH*");
        await Assertions.Expect(page.Locator("table.result-table tbody tr").First).ToContainTextAsync("集成电路");
        await page.GetByRole(AriaRole.Tab, new() { Name = "图谱" }).ClickAsync();
        await Assertions.Expect(page.Locator(".cypher-out .graph-canvas canvas").First).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "09-cypher-graph");
    }

    [SkippableFact]
    public async Task Entity_graph_exports_as_PNG_and_SVG()
    {
        var page = await OpenAsync("#/entity/ent-smic", "/api/entities/ent-smic", "/api/graph/neighborhood/ent-smic?depth=1&limit=100");
        await Assertions.Expect(page.Locator(".graph-counts")).ToContainTextAsync("个节点");

        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator(".graph-panel .export-png").ClickAsync());
        var svg = await page.RunAndWaitForDownloadAsync(() => page.Locator(".graph-panel .export-svg").ClickAsync());

        var pngBytes = await File.ReadAllBytesAsync(await png.PathAsync());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], pngBytes[..4]);
        var svgText = await File.ReadAllTextAsync(await svg.PathAsync());
        Assert.StartsWith("<svg", svgText, StringComparison.Ordinal);
        Assert.Contains("中芯国际", svgText, StringComparison.Ordinal);
    }
}
