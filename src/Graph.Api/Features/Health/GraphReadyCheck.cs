using Graph.Api.Hosting;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Api.Features.Health;

/// <summary>
/// Ready when start-up loaded the graph, the store answers a trivial statement now and, for the embedded store, its
/// last commit reached the database file (a store whose writes fail, e.g. on a full or failing disk, is not ready
/// until one succeeds again). The ping goes to the store itself, not through the statement pool: a probe must not wait
/// behind (or be refused with) user queries.
/// </summary>
internal sealed class GraphReadyCheck(GraphState state, [FromKeyedServices(GraphApiBuilderExtensions.UnpooledStore)] IGraphStore store) : IHealthCheck
{
    private static readonly CypherQuery Ping = new("RETURN 1 AS ok");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = state.Current;
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["store"] = store.Name };
        if (status.SeedHash is { } hash)
        {
            data["seedHash"] = hash;
        }

        if (!status.Ready)
        {
            return HealthCheckResult.Unhealthy(status.Description, data: data);
        }

        if (store is EmbeddedGraphStore { WriteFailure: { } failure })
        {
            return HealthCheckResult.Unhealthy($"{store.Name} store cannot write: {failure}", data: data);
        }

        try
        {
            await store.RunAsync(Ping, AccessMode.Read, new QueryOptions { Timeout = TimeSpan.FromSeconds(2) }, cancellationToken);
            return HealthCheckResult.Healthy(status.Description, data);
        }
        catch (GraphException e)
        {
            return HealthCheckResult.Unhealthy($"{store.Name} store does not answer: {e.Code}: {e.Message}", data: data);
        }
    }
}
