using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Engine.Procedures;
using Graph.Tck.Tests.SideEffects;

namespace Graph.Tck.Tests;

/// <summary>
/// A stand-in store for the runner's own tests: it answers the snapshot queries from an in-memory list
/// of entities, scripted statements by their exact text, and refuses everything else as unsupported.
/// </summary>
internal sealed class ScriptedStore : IGraphStore
{
    public List<Node> Nodes { get; } = [];

    public List<Relationship> Relationships { get; } = [];

    /// <summary>Statement text → what running it does and returns (it may throw).</summary>
    public Dictionary<string, Func<QueryResult>> Responses { get; } = new(StringComparer.Ordinal);

    public List<CypherQuery> Log { get; } = [];

    public List<ProcedureDefinition> Procedures { get; } = [];

    public bool SnapshotsFail { get; set; }

    public string Name => "scripted";

    public static QueryResult Rows(string[] fields, params object?[][] rows) => new(fields, rows, QueryCounters.None);

    public NodeSnapshot AddNode(string[] labels, params (string Key, object? Value)[] properties)
    {
        var node = new NodeSnapshot(Nodes.Count + 1, $"n{Nodes.Count + 1}", labels, properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        Nodes.Add(node);
        return node;
    }

    public Task<QueryResult> RunAsync(CypherQuery query, AccessMode mode, QueryOptions? options, CancellationToken cancellationToken)
    {
        Log.Add(query);
        if (query.Text == GraphSnapshot.NodesQuery.Text || query.Text == GraphSnapshot.RelationshipsQuery.Text)
        {
            if (SnapshotsFail)
            {
                throw new UnsupportedFeatureException("MATCH is not supported");
            }

            var entities = query.Text == GraphSnapshot.NodesQuery.Text ? Nodes.Cast<object>() : Relationships;
            return Task.FromResult(new QueryResult(["x"], [.. entities.Select(e => new object?[] { e })], QueryCounters.None));
        }

        return Responses.TryGetValue(query.Text, out var respond)
            ? Task.FromResult(respond())
            : throw new UnsupportedFeatureException($"not scripted: {query.Text}");
    }

    public Task<IGraphTransaction> BeginAsync(AccessMode mode, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
