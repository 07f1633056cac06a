using Graph.Api.Configuration;
using Graph.Api.Features.Health;
using Graph.Api.Features.QueryApi;
using Graph.Api.Features.Writes;
using Graph.Api.Problems;
using Graph.Api.Results;
using Graph.Core.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>Service registration, in the order Program.cs calls it.</summary>
public static class GraphApiBuilderExtensions
{
    /// <summary>
    /// The service key of the store itself, without the statement pool in front: for the few callers that must not
    /// queue behind user statements (the readiness check's ping) and for tests that look at the store picked.
    /// </summary>
    public const string UnpooledStore = "unpooled-store";

    /// <summary>The store picked by <c>Graph:Store</c>, and the start-up that gives it its schema and seed.</summary>
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>().Bind(builder.Configuration.GetSection(GraphOptions.Section))
            .Validate(o => o.Cypher.MaxRows > 0 && o.Cypher.Timeout > TimeSpan.Zero, "Graph:Cypher:MaxRows and Timeout must be positive.")
            .Validate(
                o => o.Cypher.MaxMemory > 0 && o.Cypher.MaxTotalMemory >= o.Cypher.MaxMemory && o.Cypher.MaxResponseBytes > 0,
                "Graph:Cypher:MaxMemory and MaxResponseBytes must be positive, and MaxTotalMemory at least MaxMemory.")
            .Validate(o => o.MaxRequestBodyBytes > 0, "Graph:MaxRequestBodyBytes must be positive.")
            .Validate(o => o.Cypher.Workers >= 0 && o.Cypher.QueueLength >= 0 && o.Cypher.WriterWait > TimeSpan.Zero, "Graph:Cypher:Workers and QueueLength must not be negative, WriterWait must be positive.")
            .ValidateOnStart();
        services.AddKeyedSingleton(UnpooledStore, (sp, _) => GraphStoreFactory.Create(
            sp.GetRequiredService<IOptions<GraphOptions>>().Value,
            builder.Configuration,
            sp.GetRequiredService<IHostEnvironment>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphStoreFactory))));
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<GraphOptions>>().Value.Cypher;
            return new StatementPool(limits.Workers, limits.QueueLength);
        });

        // The store is made before the pool and the pool before its user, so disposal (in reverse) lets the
        // workers finish before the store closes.
        services.AddSingleton<IGraphStore>(sp => new PooledGraphStore(
            sp.GetRequiredKeyedService<IGraphStore>(UnpooledStore),
            sp.GetRequiredService<StatementPool>()));
        services.AddSingleton<GraphState>();
        services.AddSingleton<GraphVersion>();
        services.AddSingleton<SeedService>();
        services.AddHostedService<GraphInitializer>();
        return builder;
    }

    /// <summary>Endpoint services, problem details, OpenAPI and health checks.</summary>
    public static WebApplicationBuilder AddGraphApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // No "Server: Kestrel" line on every answer: bytes on each response that no client reads.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GraphQueries>();
        services.AddSingleton<JsonBody>();
        services.AddSingleton<ReportEvidence>();
        services.AddSingleton<QueryApiTransactions>();
        services.AddSingleton<QueryApiContext>();

        // Binding failures (a missing or malformed parameter, a bad JSON body) throw, so the one exception handler answers them.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Customize);
        services.AddExceptionHandler<GraphExceptionHandler>();
        services.AddOpenApi();
        services.AddGraphResponseCache(builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions());
        services.AddHealthChecks().AddCheck<GraphReadyCheck>("graph", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
