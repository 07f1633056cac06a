using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Procedures;

namespace Graph.Engine;

/// <summary>
/// The embedded graph store: Cypher with Neo4j's semantics over an in-memory graph.
/// This is the façade the rest of the service uses.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore
{
    // Contract placeholder: the engine issue replaces this body. Until then every statement is refused
    // with a typed error rather than answered wrongly.
    private const string NotBuilt = "the embedded engine is not built yet";

    public EmbeddedGraphStore(EmbeddedStoreOptions? options = null)
    {
        Options = options ?? new EmbeddedStoreOptions();
    }

    public EmbeddedStoreOptions Options { get; }

    public string Name => "embedded";

    /// <summary>Adds a procedure callable with CALL.</summary>
    public void RegisterProcedure(ProcedureDefinition procedure) => throw new UnsupportedFeatureException($"{NotBuilt} ({Options})");

    /// <summary>Runs one statement in its own transaction, synchronously.</summary>
    public QueryResult Run(CypherQuery query, AccessMode mode = AccessMode.Write, QueryOptions? options = null) =>
        throw new UnsupportedFeatureException($"{NotBuilt} ({Options})");

    public Task<QueryResult> RunAsync(CypherQuery query, AccessMode mode, QueryOptions? options, CancellationToken cancellationToken) =>
        Task.FromResult(Run(query, mode, options));

    public Task<IGraphTransaction> BeginAsync(AccessMode mode, CancellationToken cancellationToken) =>
        throw new UnsupportedFeatureException(NotBuilt);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
