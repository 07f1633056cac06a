namespace Graph.Stores.Tests.Support;

/// <summary>
/// Two services: <see cref="Upstream"/> on the embedded engine, listening on a loopback port, and the one under test
/// configured with <c>Graph:Store=neo4j</c> and <c>Graph:Neo4j:Uri</c> at the upstream, so every statement goes through
/// the Neo4j Query API client, over real HTTP, into the service's own <c>/db/neo4j/query/v2</c> and back. The API key is
/// the Basic password, which lets the client write (schema and seed at start-up, the write endpoints).
/// </summary>
public sealed class LoopbackStoreFixture : StoreFixture
{
    private ApiHost? upstream;

    public override StoreKind Kind => StoreKind.QueryApiLoopback;

    /// <summary>The embedded service whose Query API the client talks to.</summary>
    public ApiHost Upstream => upstream ?? throw new InvalidOperationException("The upstream service did not start.");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (upstream is not null)
        {
            await upstream.DisposeAsync();
        }
    }

    protected override Task<ApiHost?> StartAsync()
    {
        // A client that stops using a transaction after a server error (as it should with Neo4j, which has ended it)
        // leaves it open here until it idles out, holding the single writer: a short idle limit keeps that brief.
        upstream = new ApiHost(new Dictionary<string, string?>(StringComparer.Ordinal) { ["Graph:TransactionIdleTimeout"] = "00:00:03" }, kestrel: true);
        var address = upstream.StartOnLoopback();
        if (!upstream.Status.Ready)
        {
            throw new InvalidOperationException($"The upstream embedded service is not ready: {upstream.Status.Description}");
        }

        var api = new ApiHost(Neo4jSettings(address, "neo4j", ApiHost.ApiKey));
        return Task.FromResult<ApiHost?>(api);
    }
}
