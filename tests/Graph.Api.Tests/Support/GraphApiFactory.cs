using Graph.Api.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The real service in memory (TestServer), on a seed folder, with the test API key and its own database path.
/// Tests that need the graph ask <see cref="RequireReady"/>, which skips with the store's own reason while the
/// engine cannot answer yet.
/// </summary>
public class GraphApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-api-key-0123456789";

    private readonly Dictionary<string, string?> settings;
    private readonly string folder = Path.Join(Path.GetTempPath(), "graph-api-tests", Guid.NewGuid().ToString("N"));

    public GraphApiFactory(string seedPath, string? apiKey = ApiKey, IReadOnlyDictionary<string, string?>? extra = null)
    {
        settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Graph:SeedPath"] = seedPath,
            ["Graph:ApiKey"] = apiKey,
            ["Graph:DatabasePath"] = Path.Join(folder, "graph.db"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public GraphStatus Status => Services.GetRequiredService<GraphState>().Current;

    /// <summary>Skips the calling test, printing why, unless the graph was loaded and answers.</summary>
    public void RequireReady()
    {
        var status = Status;
        Skip.IfNot(status.Ready, $"the graph is not ready, so this test cannot check answers yet: {status.Description}");
    }

    /// <summary>A client that sends the API key.</summary>
    public HttpClient CreateWriter()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        RemoveDatabase();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        RemoveDatabase();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }

    /// <summary>Deletes this factory's database folder once the store is closed; a file still held is left to the OS.</summary>
    private void RemoveDatabase()
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
