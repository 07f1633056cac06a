using Graph.Core.Store;

namespace Graph.Stores.Tests.Support;

/// <summary>
/// One store for the whole suite: the service (<see cref="ApiHost"/>) running on it, which applied the schema and loaded
/// the tiny seed at start-up exactly as in production, and the store itself as the service's composition root built it.
/// A store that is not there (no Docker for Neo4j) makes every test skip with <see cref="SkipReason"/>; a store that is
/// there but failed to start or to load the seed makes every test fail.
/// </summary>
public abstract class StoreFixture : IAsyncLifetime, IAsyncDisposable
{
    private ApiHost? api;

    public abstract StoreKind Kind { get; }

    /// <summary>Why this store is not available here; null when it is.</summary>
    public string? SkipReason { get; protected set; }

    /// <summary>The service on this store.</summary>
    public ApiHost Api => api ?? throw new InvalidOperationException($"The {Kind} store did not start: {SkipReason}");

    /// <summary>The store the service uses: the embedded engine or the Query API client.</summary>
    public IGraphStore Store => Api.Store;

    /// <summary>Skips the calling test, with the reason printed, when this store is not available here.</summary>
    public void RequireAvailable() => Skip.If(SkipReason is not null, SkipReason);

    public async Task InitializeAsync()
    {
        api = await StartAsync();
        if (api is null)
        {
            return;
        }

        var status = api.Status;
        if (!status.Ready)
        {
            throw new InvalidOperationException($"The service on the {Kind} store is not ready: {status.Description}");
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the store and the service on it; null (with <see cref="SkipReason"/> set) when the store is not available.</summary>
    protected abstract Task<ApiHost?> StartAsync();

    /// <summary>Settings that point the service at a Neo4j Query API.</summary>
    protected static Dictionary<string, string?> Neo4jSettings(Uri uri, string user, string password) => new(StringComparer.Ordinal)
    {
        ["Graph:Store"] = "neo4j",
        ["Graph:Neo4j:Uri"] = uri.ToString(),
        ["Graph:Neo4j:User"] = user,
        ["Graph:Neo4j:Password"] = password,
        ["Graph:Neo4j:RequestTimeout"] = "00:01:00",
    };
}
