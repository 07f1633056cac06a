using Graph.Core.Store;

namespace Graph.Engine.Procedures;

/// <summary>What a procedure may use: a way to run Cypher in the calling transaction, and its cancellation.</summary>
public interface IProcedureContext
{
    /// <summary>Runs a statement inside the calling transaction (e.g. to read the schema).</summary>
    QueryResult Run(CypherQuery query);

    CancellationToken CancellationToken { get; }
}
