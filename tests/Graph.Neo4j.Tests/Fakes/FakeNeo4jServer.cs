using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Tests.Fakes;

/// <summary>
/// A fake Neo4j Query API on 127.0.0.1 (Kestrel, port chosen by the OS): it records every request and
/// answers from a script, in order, repeating the last answer once the script runs out.
/// </summary>
internal sealed class FakeNeo4jServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeResponse> script = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private FakeResponse last = FakeResponse.Accepted(CannedResponses.Empty);

    private FakeNeo4jServer(WebApplication app)
    {
        this.app = app;
    }

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();

    /// <summary>Raised each time a request has been recorded, before the answer is sent.</summary>
    public event Action<RecordedRequest>? Received;

    public static async Task<FakeNeo4jServer> StartAsync(params FakeResponse[] responses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeNeo4jServer(builder.Build());
        server.Enqueue(responses);
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        server.BaseUri = new Uri(server.app.Urls.First());
        return server;
    }

    public void Enqueue(params FakeResponse[] responses)
    {
        foreach (var response in responses)
        {
            script.Enqueue(response);
        }
    }

    public Neo4jGraphStore CreateStore(Func<Neo4jStoreOptions, Neo4jStoreOptions>? configure = null)
    {
        var options = new Neo4jStoreOptions
        {
            Uri = BaseUri,
            User = "neo4j",
            Password = "verysecret",
            RequestTimeout = TimeSpan.FromSeconds(20),
            Retry = Neo4jRetryPolicy.Default with { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        };
        return new Neo4jGraphStore(configure?.Invoke(options) ?? options);
    }

    private async Task HandleAsync(HttpContext context)
    {
        // Read the whole body even when failing, or a kept-alive connection would be corrupted.
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, headers, body);
        requests.Enqueue(request);
        Received?.Invoke(request);

        var response = script.TryDequeue(out var next) ? last = next : last;
        if (response.Abort)
        {
            context.Abort();
            return;
        }

        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
