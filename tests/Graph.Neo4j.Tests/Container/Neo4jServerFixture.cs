using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace Graph.Neo4j.Tests.Container;

/// <summary>
/// A real Neo4j for the smoke tests: the server named by <c>GRAPH_NEO4J_TEST_URI</c> (a scratch database;
/// user and password from <c>GRAPH_NEO4J_TEST_USER</c>/<c>GRAPH_NEO4J_TEST_PASSWORD</c>), else a
/// Testcontainers <see cref="Image"/> when a Docker engine answers, else nothing, and
/// <see cref="SkipReason"/> says why.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    /// <summary>The image docker-compose.yml runs too; 5.26 is an LTS release with the Query API on by default.</summary>
    public const string Image = "neo4j:5.26.2-community";

    private const string Password = "graph-smoke-test";

    private IContainer? container;

    public string? SkipReason { get; private set; }

    public Neo4jStoreOptions Options { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("GRAPH_NEO4J_TEST_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            Options = new Neo4jStoreOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("GRAPH_NEO4J_TEST_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("GRAPH_NEO4J_TEST_PASSWORD"),
            };
            return;
        }

        SkipReason = DockerAvailability.WhyNot();
        if (SkipReason is not null)
        {
            SkipReason = $"Neo4j container tests skipped: {SkipReason} (set GRAPH_NEO4J_TEST_URI to use an existing Neo4j 5.19+)";
            return;
        }

        container = new ContainerBuilder(Environment.GetEnvironmentVariable("GRAPH_NEO4J_TEST_IMAGE") ?? Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync();
        Options = new Neo4jStoreOptions
        {
            Uri = new UriBuilder(Uri.UriSchemeHttp, container.Hostname, container.GetMappedPublicPort(7474)).Uri,
            User = "neo4j",
            Password = Password,
        };
    }

    public async Task DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }
}
