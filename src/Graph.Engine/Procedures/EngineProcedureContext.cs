using Graph.Core.Store;
using Graph.Engine.Storage;

namespace Graph.Engine.Procedures;

/// <summary>The context a procedure runs in: the calling transaction, for nested statements and for built-ins that read the store.</summary>
internal sealed class EngineProcedureContext(EmbeddedGraphStore owner, StoreTransaction transaction, CancellationToken cancellationToken) : IProcedureContext
{
    public StoreTransaction Transaction { get; } = transaction;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public QueryResult Run(CypherQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prepared = owner.Prepare(query.Text);
        return owner.Execute(prepared, Transaction, query, QueryOptions.Default, CancellationToken);
    }
}
