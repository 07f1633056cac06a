using Graph.Api.Configuration;
using Graph.Core.Store;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Features.QueryApi;

/// <summary>
/// <c>GET /</c>: for JSON clients, Neo4j's discovery document (Neo4j's HTTP clients read <c>query</c> first); for a
/// browser asking for HTML, the explorer page when one is installed (<c>wwwroot/index.html</c>), else the
/// interactive API docs.
/// </summary>
public static class DiscoveryEndpoints
{
    /// <summary>The Neo4j version whose Query API this service follows.</summary>
    public const string Neo4jVersion = "5.26.0";

    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Discover).WithName("Discovery").WithSummary("Neo4j discovery document; the explorer for browsers.").WithTags("Neo4j Query API");
        return app;
    }

    public static IResult Discover(HttpRequest request, IWebHostEnvironment environment, IGraphStore store, IOptions<GraphOptions> options)
    {
        if (PrefersHtml(request))
        {
            var explorer = environment.WebRootFileProvider.GetFileInfo("index.html");
            return explorer.Exists && explorer.PhysicalPath is { } path
                ? TypedResults.PhysicalFile(path, "text/html; charset=utf-8")
                : TypedResults.Redirect("/scalar/v1");
        }

        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return TypedResults.Ok(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["query"] = $"{root}/db/{{databaseName}}/query/v2",
            ["transaction"] = $"{root}/db/{{databaseName}}/query/v2/tx",
            ["neo4j_version"] = Neo4jVersion,
            ["neo4j_edition"] = "community",
            ["default_database"] = options.Value.DatabaseName,
            ["graph_store"] = store.Name,
            ["auth_config"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["oidc_providers"] = Array.Empty<object>() },
        });
    }

    /// <summary>True when the Accept header ranks text/html above JSON (browsers do; HTTP clients do not send it).</summary>
    private static bool PrefersHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepts))
        {
            return false;
        }

        double Quality(string type) => accepts.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return Quality("text/html") > Math.Max(Quality("application/json"), Quality("application/vnd.neo4j.query"));
    }
}
