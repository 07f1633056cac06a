using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Core.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Results;

/// <summary>
/// Runs the domain endpoints' statements: reads in read transactions, each under the configured time limit and memory
/// budgets; never cut (their answers are bounded by the endpoints' own paging).
/// </summary>
public sealed class GraphQueries(IGraphStore store, GraphVersion version, IOptions<GraphOptions> options)
{
    private readonly QueryOptions limits = options.Value.Cypher.ToQueryOptions() with { MaxRows = null, MaxResponseBytes = null };

    public IGraphStore Store => store;

    public Task<QueryResult> ReadAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        store.RunAsync(new CypherQuery(cypher, parameters), AccessMode.Read, limits, cancellationToken);

    /// <summary>Runs a write; afterwards (even when it failed part-way) cached answers are keyed to a new graph version.</summary>
    public async Task<QueryResult> WriteAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await store.RunAsync(new CypherQuery(cypher, parameters), AccessMode.Write, limits, cancellationToken);
        }
        finally
        {
            version.Bump();
        }
    }

    /// <summary>An ordinal parameter map from name/value pairs.</summary>
    public static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values)
    {
        var parameters = new Dictionary<string, object?>(values.Length + 2, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            parameters[name] = value;
        }

        return parameters;
    }
}
