using System.Net.Http.Headers;
using Graph.Api.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The service on graph-seed/tiny on a real Kestrel port on loopback, with its own settings (small pools, short
/// limits), for tests that need real connections: concurrent requests, clients that hang up.
/// </summary>
public sealed class LoopbackApi : IAsyncDisposable
{
    /// <summary>A statement that runs until its deadline: ten billion rows from two small lists.</summary>
    public const string Slow = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n";

    private readonly GraphApiFactory api;

    public LoopbackApi(params (string Key, string Value)[] settings)
    {
        api = new GraphApiFactory(RepoPaths.TinySeed, extra: settings.ToDictionary(s => s.Key, s => (string?)s.Value, StringComparer.Ordinal));
        api.UseKestrel(0);
        api.StartServer();
        var addresses = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri Address { get; }

    public StatementPool Pool => api.Services.GetRequiredService<StatementPool>();

    public void RequireReady() => api.RequireReady();

    /// <summary>A client with no credentials; with <paramref name="key"/>, one that sends it as a Bearer token.</summary>
    public HttpClient Client(bool key = false)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (key)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GraphApiFactory.ApiKey);
        }

        return client;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing after a generous bound.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var limit = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < limit, $"gave up waiting until {what}");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync() => await api.DisposeAsync();
}
