using System.Net;
using Graph.Api.Hosting;
using Graph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Stores.Tests.Support;

/// <summary>
/// The real service (Program.cs, appsettings, composition root) on the tiny seed, configured by settings only:
/// <c>Graph:Store</c> and <c>Graph:Neo4j:*</c> pick the store exactly as in production. In memory by default; on
/// Kestrel at <c>127.0.0.1:&lt;free port&gt;</c> when another client must reach it over real HTTP.
/// </summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    /// <summary>The write key of every host here; the Query API takes it as the Basic password.</summary>
    public const string ApiKey = "stores-test-api-key-0123456789";

    private readonly Dictionary<string, string?> settings;
    private readonly string dataFolder = Path.Join(Path.GetTempPath(), "graph-stores-tests", Guid.NewGuid().ToString("N"));

    public ApiHost(IReadOnlyDictionary<string, string?>? extra = null, bool kestrel = false)
    {
        settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Graph:SeedPath"] = RepoPaths.TinySeed,
            ["Graph:ApiKey"] = ApiKey,
            ["Graph:DatabasePath"] = Path.Join(dataFolder, "graph.db"),
            // The machines that run this are shared and often busy: a generous limit keeps slowness from reading as failure.
            ["Graph:Cypher:Timeout"] = "00:01:00",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        if (kestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>The store the composition root picked (behind the statement pool the endpoints use).</summary>
    public IGraphStore Store => Services.GetRequiredKeyedService<IGraphStore>(GraphApiBuilderExtensions.UnpooledStore);

    /// <summary>Whether start-up applied the schema and loaded the seed, and if not why.</summary>
    public GraphStatus Status => Services.GetRequiredService<GraphState>().Current;

    /// <summary>Starts the host on Kestrel (asked for in the constructor) and returns the address it listens on.</summary>
    public Uri StartOnLoopback()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses?.FirstOrDefault() is { } address
            ? new Uri(address)
            : throw new InvalidOperationException("The host started without a listening address; was it built with kestrel: true?");
    }

    /// <summary>A client that sends the API key, for the write endpoints.</summary>
    public HttpClient CreateWriter()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }
}
