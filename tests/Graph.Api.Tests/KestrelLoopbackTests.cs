using System.Net;
using System.Net.Http.Json;
using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Neo4j;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests;

/// <summary>
/// The service on a real Kestrel port on loopback: plain HTTP clients, a chunked body over the limit, and the
/// project's own Neo4j Query API client (Neo4jGraphStore) talking to the service as it would to Neo4j.
/// </summary>
public sealed class KestrelLoopbackTests : IDisposable
{
    private readonly GraphApiFactory api = new(RepoPaths.TinySeed);
    private readonly Uri address;

    public KestrelLoopbackTests()
    {
        api.UseKestrel(0);
        api.StartServer();
        var addresses = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public void Dispose() => api.Dispose();

    [Fact]
    public async Task The_service_answers_on_a_loopback_port()
    {
        using var client = new HttpClient { BaseAddress = address };

        var health = await HttpAssert.JsonAsync(await client.GetAsync("/health/live"));

        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address.Host)));
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        using var client = new HttpClient { BaseAddress = address };
        var content = new StreamContent(new MemoryStream(new byte[2 * 1024 * 1024]));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, Codes.RequestInvalid);
    }

    [SkippableFact]
    public async Task An_entity_comes_back_over_real_HTTP()
    {
        api.RequireReady();
        using var client = new HttpClient { BaseAddress = address };

        var entity = await HttpAssert.JsonAsync(await client.GetAsync("/api/entities/ent-smic"));

        Assert.Equal("中芯国际", entity.GetProperty("properties").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task The_projects_Neo4j_client_reads_nodes_through_the_Query_API()
    {
        api.RequireReady();
        await using var store = new Neo4jGraphStore(new Neo4jStoreOptions { Uri = address, User = null, Retry = Neo4jRetryPolicy.None });

        var result = await store.RunAsync(new CypherQuery("MATCH (c:Chain) RETURN c, c.line AS line ORDER BY c.id"), AccessMode.Read, null, CancellationToken.None);

        Assert.Equal(2, result.Rows.Count);
        var chain = Assert.IsAssignableFrom<Node>(result.Rows[0][0]);
        Assert.Equal("集成电路", chain.Properties["name"]);
        Assert.Equal(705L, result.Rows[0][1]);
    }

    [SkippableFact]
    public async Task The_projects_Neo4j_client_writes_in_a_transaction_with_the_key_as_password()
    {
        api.RequireReady();
        await using var store = new Neo4jGraphStore(new Neo4jStoreOptions { Uri = address, User = "neo4j", Password = GraphApiFactory.ApiKey, Retry = Neo4jRetryPolicy.None });

        await using (var transaction = await store.BeginAsync(AccessMode.Write, CancellationToken.None))
        {
            await transaction.RunAsync(new CypherQuery("CREATE (:Event {id: 'event-loopback', name: 'loopback'})"), null, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        var result = await store.RunAsync(new CypherQuery("MATCH (e:Event {id: 'event-loopback'}) RETURN e.name AS name"), AccessMode.Read, null, CancellationToken.None);
        Assert.Equal("loopback", result.Rows[0][0]);
    }

    [SkippableFact]
    public async Task An_anonymous_Neo4j_client_cannot_write()
    {
        api.RequireReady();
        await using var store = new Neo4jGraphStore(new Neo4jStoreOptions { Uri = address, User = null, Retry = Neo4jRetryPolicy.None });

        var error = await Assert.ThrowsAnyAsync<Core.Errors.GraphException>(() =>
            store.RunAsync(new CypherQuery("CREATE (:Event {id: 'event-anonymous'})"), AccessMode.Write, null, CancellationToken.None));

        Assert.Equal(Codes.Forbidden, error.Code);
        using var client = new HttpClient { BaseAddress = address };
        var check = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/cypher", new { statement = "MATCH (e:Event {id: 'event-anonymous'}) RETURN count(e)" }));
        Assert.Equal(0, check.GetProperty("rows")[0][0].GetInt64());
    }
}
