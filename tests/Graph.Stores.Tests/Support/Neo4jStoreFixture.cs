using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Graph.Core.Store;
using Graph.Neo4j.Tests.Container;

namespace Graph.Stores.Tests.Support;

/// <summary>
/// The service configured for a real Neo4j: the server named by <c>GRAPH_NEO4J_TEST_URI</c> (an empty scratch
/// database: the seed is loaded into it; user and password from <c>GRAPH_NEO4J_TEST_USER</c>/<c>_PASSWORD</c>), else a
/// Testcontainers <see cref="Image"/> when a Docker engine answers, else nothing and every test skips with the reason.
/// The service applies the schema and loads the tiny seed at start-up, as it does in production.
/// </summary>
public sealed class Neo4jStoreFixture : StoreFixture
{
    /// <summary>The image docker-compose.yml and the client's smoke tests run too.</summary>
    public const string Image = "neo4j:5.26.2-community";

    private const string Password = "graph-stores-test";

    private IContainer? container;

    public override StoreKind Kind => StoreKind.Neo4j;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    protected override async Task<ApiHost?> StartAsync()
    {
        var (uri, user, password) = await ServerAsync();
        if (uri is null)
        {
            return null;
        }

        var api = new ApiHost(Neo4jSettings(uri, user, password));
        // Full-text indexes fill asynchronously on Neo4j; the search questions need them online.
        await api.Store.RunAsync(new CypherQuery("CALL db.awaitIndexes(300)"), AccessMode.Read, null, CancellationToken.None);
        return api;
    }

    private async Task<(Uri? Uri, string User, string Password)> ServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable("GRAPH_NEO4J_TEST_URI");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (new Uri(configured), Environment.GetEnvironmentVariable("GRAPH_NEO4J_TEST_USER") ?? "neo4j",
                Environment.GetEnvironmentVariable("GRAPH_NEO4J_TEST_PASSWORD") ?? string.Empty);
        }

        if (DockerAvailability.WhyNot() is { } why)
        {
            SkipReason = $"Neo4j store skipped: {why} (set GRAPH_NEO4J_TEST_URI to use an existing, empty Neo4j 5.19+)";
            return (null, string.Empty, string.Empty);
        }

        container = new ContainerBuilder(Environment.GetEnvironmentVariable("GRAPH_NEO4J_TEST_IMAGE") ?? Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync();
        return (new UriBuilder(Uri.UriSchemeHttp, container.Hostname, container.GetMappedPublicPort(7474)).Uri, "neo4j", Password);
    }
}
