using Graph.Api.Configuration;
using Graph.Api.Features.Health;
using Graph.Api.Features.QueryApi;
using Graph.Api.Features.Writes;
using Graph.Api.Problems;
using Graph.Api.Results;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>Service registration, in the order Program.cs calls it.</summary>
public static class GraphApiBuilderExtensions
{
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
            .ValidateOnStart();
        services.AddSingleton(sp => GraphStoreFactory.Create(
            sp.GetRequiredService<IOptions<GraphOptions>>().Value,
            builder.Configuration,
            sp.GetRequiredService<IHostEnvironment>()));
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
