using System.Net;
using System.Text.Json;
using Graph.Testing;
using Microsoft.Playwright;

namespace Graph.Explorer.Tests;

/// <summary>
/// One running service and one headless Debian Chromium shared by every test of the collection. Chromium is driven
/// through Playwright's driver that ships inside the NuGet package (node-based, no download); Playwright's own
/// browser builds cannot be fetched here, so <c>/usr/bin/chromium</c> (apt) is launched instead.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Set to a running service's address to test that one instead of starting the built service.</summary>
    public const string ExternalServiceVariable = "GRAPH_EXPLORER_URL";

    private ServiceProcess? service;
    private IPlaywright? playwright;
    private Uri? baseAddress;

    public Uri BaseAddress => baseAddress ?? throw new InvalidOperationException("The service is not running.");

    public HttpClient Http { get; private set; } = new();

    public IBrowser? Browser { get; private set; }

    /// <summary>Why no browser tests can run here (no Chromium, or the driver failed), else null.</summary>
    public string? BrowserUnavailable { get; private set; }

    /// <summary>Why the service's graph cannot answer (from <c>/health/ready</c>), else null.</summary>
    public string? GraphNotReady => service?.NotReady;

    public string ScreenshotDirectory { get; } = Path.Join(RepoPaths.Root, "artifacts", "screenshots");

    public string ServiceOutput => service?.Output ?? "";

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ExternalServiceVariable);
        if (string.IsNullOrEmpty(external))
        {
            service = await ServiceProcess.StartAsync(CancellationToken.None);
            baseAddress = service.BaseAddress;
        }
        else
        {
            baseAddress = new Uri(external.TrimEnd('/') + "/");
        }

        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Directory.CreateDirectory(ScreenshotDirectory);
        // The machine is shared (2 cores, many builds): wait for answers generously; a real failure still fails.
        Assertions.SetDefaultExpectTimeout(30_000);
        if (!File.Exists(ChromiumPath))
        {
            BrowserUnavailable = $"{ChromiumPath} is missing (apt-get install chromium; scripts/test.sh does)";
            return;
        }

        try
        {
            playwright = await Playwright.CreateAsync();
            Browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch (PlaywrightException e)
        {
            BrowserUnavailable = $"Playwright could not start {ChromiumPath}: {e.Message}";
        }
    }

    /// <summary>A fresh laptop-sized page (1366×768, Chinese locale) that accepts downloads.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = 1366, Height = 768 },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Join(ScreenshotDirectory, name + ".png"), FullPage = true });

    /// <summary>
    /// Null when the service answers every probe with its endpoint; else why a test cannot run yet. An endpoint counts
    /// as missing when it answers 404/405 without a Neo4j-style code (no route), or 501; a domain "not found" carries
    /// a code and so is a real failure, not a skip.
    /// </summary>
    public async Task<string?> MissingApiAsync(params string[] probes)
    {
        foreach (var probe in probes)
        {
            using var request = probe.StartsWith("POST ", StringComparison.Ordinal)
                ? new HttpRequestMessage(HttpMethod.Post, probe[5..]) { Content = JsonContent("{\"statement\":\"RETURN 1 AS one\",\"parameters\":{}}") }
                : new HttpRequestMessage(HttpMethod.Get, probe);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is HttpStatusCode.NotImplemented
                || (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed && !HasNeo4jCode(body)))
            {
                return $"the service does not serve {probe} yet ({(int)response.StatusCode})";
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the store's full-text index covers aliases (a LIST&lt;STRING&gt; property, which Neo4j indexes): asked of
    /// the index itself, so the page's search over English aliases is tested once the store can do it.
    /// </summary>
    public async Task<bool> AliasesIndexedAsync()
    {
        using var content = JsonContent("{\"statement\":\"CALL db.index.fulltext.queryNodes('entity_names', 'SMIC') YIELD node RETURN count(node) AS hits\"}");
        using var response = await Http.PostAsync("/api/cypher", content);
        if (!response.IsSuccessStatusCode)
        {
            return true;
        }

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("rows")[0][0].GetInt64() > 0;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static bool HasNeo4jCode(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("code", out var code)
                && code.GetString()?.StartsWith("Neo.", StringComparison.Ordinal) == true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        Http.Dispose();
        if (service is not null)
        {
            await service.DisposeAsync();
        }
    }
}
