using Graph.Api.Features.Chains;
using Graph.Api.Features.Cypher;
using Graph.Api.Features.Enterprises;
using Graph.Api.Features.Entities;
using Graph.Api.Features.Health;
using Graph.Api.Features.Neighborhood;
using Graph.Api.Features.Paths;
using Graph.Api.Features.Places;
using Graph.Api.Features.QueryApi;
using Graph.Api.Features.Search;
using Graph.Api.Features.Writes;
using Scalar.AspNetCore;

namespace Graph.Api.Hosting;

/// <summary>The request pipeline and the endpoints, in the order Program.cs calls them.</summary>
public static class GraphApiAppExtensions
{
    /// <summary>Errors first: every exception and bare status becomes a problem (or a Neo4j error under /db/); then the body limit.</summary>
    public static WebApplication UseGraphErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit();
        app.UseOutputCache();
        return app;
    }

    /// <summary>The domain endpoints under /api, the Cypher console, the writes, and the Neo4j Query API with its discovery document.</summary>
    public static WebApplication MapGraphApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").CacheOutput(ResponseCache.Policy);
        api.MapSearchEndpoints()
            .MapEntityEndpoints()
            .MapChainEndpoints()
            .MapPlaceEndpoints()
            .MapEnterpriseEndpoints()
            .MapPathEndpoints()
            .MapNeighborhoodEndpoints()
            .MapCypherEndpoints()
            .MapWriteEndpoints();
        app.MapQueryApiEndpoints();
        app.MapDiscoveryEndpoints();
        return app;
    }

    /// <summary>The OpenAPI document at /openapi/v1.json, interactive docs at /scalar/v1, and the health endpoints.</summary>
    public static WebApplication MapGraphDocsAndHealth(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Graph API — Xiqing knowledge graph"));
        app.MapHealthEndpoints();
        return app;
    }
}
