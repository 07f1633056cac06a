using Graph.Engine.Ast;
using Graph.Engine.Planning;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>
/// The planner's view of the store: label sizes from the label index, indexes from the committed schema,
/// and expansion fan-outs sampled from a few nodes of a label.
/// </summary>
internal sealed class StoreStatistics(GraphStore store, SchemaState schema) : IPlanningStatistics
{
    /// <summary>Nodes sampled per fan-out estimate, and edges per sampled node checked for the target labels.</summary>
    private const int SampleNodes = 32;
    private const int SampleEdges = 8;

    public long NodeCount => store.NodeLimit;

    public long LabelCount(string label)
    {
        var token = store.Labels.Find(label);
        return token < 0 ? 0 : store.LabelIndex.Candidates(token)?.Count ?? 0;
    }

    public bool HasIndex(string label, string key)
    {
        var l = store.Labels.Find(label);
        var k = store.Keys.Find(key);
        return l >= 0 && k >= 0 && schema.FindIndex(l, k) is not null;
    }

    public (double Visited, double Kept) Fanout(string fromLabel, IReadOnlyList<string> types, AstDirection direction, IReadOnlyList<string> toLabels)
    {
        var label = store.Labels.Find(fromLabel);
        var candidates = label < 0 ? null : store.LabelIndex.Candidates(label);
        var count = candidates?.Count ?? 0;
        if (count == 0)
        {
            return (0, 0);
        }

        var typeTokens = types.Select(store.Types.Find).ToArray();
        var toTokens = toLabels.Select(store.Labels.Find).ToArray();
        var ids = candidates!.Items;
        var sampled = Math.Min(count, SampleNodes);
        double edges = 0;
        double checkedEdges = 0;
        double matched = 0;
        for (var i = 0; i < sampled; i++)
        {
            // Evenly spaced, so the estimate is the same on every planning of the same data.
            var node = store.Node(ids[(int)((long)i * count / sampled)]);
            if (node is null)
            {
                continue;
            }

            foreach (var side in Sides(node, direction))
            {
                var entries = side.Entries;
                var header = AdjacencyList.FirstGroup;
                for (var g = AdjacencyList.GroupCount(entries); g > 0; g--)
                {
                    var n = AdjacencyList.CountAt(entries, header);
                    var first = header + 1;
                    var type = AdjacencyList.TypeAt(entries, header);
                    header = AdjacencyList.NextHeader(entries, header, n);
                    if (types.Count > 0 && Array.IndexOf(typeTokens, type) < 0)
                    {
                        continue;
                    }

                    edges += n;
                    var probes = Math.Min(n, SampleEdges);
                    for (var j = 0; j < probes; j++)
                    {
                        checkedEdges++;
                        if (HasLabels(store.Node(entries[first + (int)((long)j * n / probes)].Other), toTokens))
                        {
                            matched++;
                        }
                    }
                }
            }
        }

        var visited = edges / sampled;
        return (visited, checkedEdges == 0 ? 0 : visited * matched / checkedEdges);
    }

    private static IEnumerable<AdjacencyList> Sides(NodeRecord node, AstDirection direction)
    {
        if (direction != AstDirection.Incoming)
        {
            yield return node.Outgoing;
        }

        if (direction != AstDirection.Outgoing)
        {
            yield return node.Incoming;
        }
    }

    private static bool HasLabels(NodeRecord? node, int[] labels)
    {
        var v = node?.Head;
        if (v is null)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label < 0 || !v.HasLabel(label))
            {
                return false;
            }
        }

        return true;
    }
}
