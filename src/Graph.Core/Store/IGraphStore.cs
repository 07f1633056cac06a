namespace Graph.Core.Store;

/// <summary>
/// A graph database that runs Cypher: the embedded engine, or Neo4j over its Query API.
/// Every domain query is written once in Cypher and runs unchanged on either.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>A short name for logs and health output, e.g. "embedded" or "neo4j".</summary>
    string Name { get; }

    /// <summary>Runs one statement in its own transaction (auto-commit).</summary>
    Task<QueryResult> RunAsync(CypherQuery query, AccessMode mode, QueryOptions? options, CancellationToken cancellationToken);

    /// <summary>Begins an explicit transaction.</summary>
    Task<IGraphTransaction> BeginAsync(AccessMode mode, CancellationToken cancellationToken);
}
