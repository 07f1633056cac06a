using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Api.Hosting;

/// <summary>
/// Prepares the graph before the server listens (<see cref="IHostedLifecycleService.StartingAsync"/> runs before
/// Kestrel starts): schema, then the seed. An invalid seed stops start-up with its problems listed; a store that
/// cannot answer leaves the service up but not ready, so <c>/health/ready</c> says why.
/// </summary>
internal sealed class GraphInitializer(SeedService seeds, GraphState state, IGraphStore store, ILogger<GraphInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var refused = await seeds.ApplySchemaAsync(cancellationToken);
            var outcome = await seeds.LoadAsync(force: false, cancellationToken);
            if (outcome.Status == SeedOutcome.Invalid)
            {
                throw new InvalidOperationException(
                    $"The seed in {outcome.Folder} is invalid ({outcome.Problems.Count} problems shown):{Environment.NewLine}{string.Join(Environment.NewLine, outcome.Problems)}");
            }

            var description = refused.Count == 0 ? $"seed {outcome.Status}" : $"seed {outcome.Status}; schema statements refused: {string.Join("; ", refused)}";
            state.Set(state.Current with { Ready = true, Description = description });
            logger.Ready(store.Name, description);
        }
        catch (GraphException e)
        {
            logger.StartupFailed(e.Code, e.Message);
            state.Set(state.Current with { Ready = false, Description = $"store failed at start-up: {e.Code}: {e.Message}" });
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
