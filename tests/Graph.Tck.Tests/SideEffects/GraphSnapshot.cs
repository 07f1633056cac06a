using System.Globalization;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Tck.Tests.Values;

namespace Graph.Tck.Tests.SideEffects;

/// <summary>
/// What the side-effect counters observe of a graph, read through Cypher so it does not depend on the
/// engine's internals: node and relationship ids, the distinct label names present, and every property
/// as the triple (entity, key, value) with the value in canonical notation.
/// </summary>
internal sealed class GraphSnapshot
{
    public static readonly CypherQuery NodesQuery = new("MATCH (n) RETURN n");
    public static readonly CypherQuery RelationshipsQuery = new("MATCH ()-[r]->() RETURN r");

    public GraphSnapshot(IEnumerable<Node> nodes, IEnumerable<Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        foreach (var node in nodes)
        {
            NodeIds.Add(node.Id);
            Labels.UnionWith(node.Labels);
            AddProperties("n", node.Id, node.Properties);
        }

        foreach (var relationship in relationships)
        {
            RelationshipIds.Add(relationship.Id);
            AddProperties("r", relationship.Id, relationship.Properties);
        }
    }

    public HashSet<long> NodeIds { get; } = [];

    public HashSet<long> RelationshipIds { get; } = [];

    public HashSet<string> Labels { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the graph with two queries run by <paramref name="run"/>.</summary>
    /// <exception cref="InvalidOperationException">A snapshot query returned something other than entities.</exception>
    public static GraphSnapshot Capture(Func<CypherQuery, QueryResult> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var nodes = run(NodesQuery).Rows.Select(row => row.Length == 1 && row[0] is Node n
            ? n
            : throw new InvalidOperationException($"MATCH (n) RETURN n returned {Describe(row)}"));
        var relationships = run(RelationshipsQuery).Rows.Select(row => row.Length == 1 && row[0] is Relationship r
            ? r
            : throw new InvalidOperationException($"MATCH ()-[r]->() RETURN r returned {Describe(row)}"));
        return new GraphSnapshot(nodes.ToList(), relationships.ToList());
    }

    /// <summary>The counters between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static SideEffectCounts Diff(GraphSnapshot before, GraphSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new SideEffectCounts(
            PlusNodes: after.NodeIds.Count(id => !before.NodeIds.Contains(id)),
            MinusNodes: before.NodeIds.Count(id => !after.NodeIds.Contains(id)),
            PlusRelationships: after.RelationshipIds.Count(id => !before.RelationshipIds.Contains(id)),
            MinusRelationships: before.RelationshipIds.Count(id => !after.RelationshipIds.Contains(id)),
            PlusLabels: after.Labels.Count(l => !before.Labels.Contains(l)),
            MinusLabels: before.Labels.Count(l => !after.Labels.Contains(l)),
            PlusProperties: after.Properties.Count(p => !before.Properties.Contains(p)),
            MinusProperties: before.Properties.Count(p => !after.Properties.Contains(p)));
    }

    private void AddProperties(string kind, long id, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties)
        {
            Properties.Add(string.Create(CultureInfo.InvariantCulture, $"{kind}{id}.{TckValueFormatter.Quote(key)}={TckValueFormatter.Format(value)}"));
        }
    }

    private static string Describe(object?[] row) => "[" + string.Join(", ", row.Select(c => TckValueFormatter.Format(c))) + "]";
}
