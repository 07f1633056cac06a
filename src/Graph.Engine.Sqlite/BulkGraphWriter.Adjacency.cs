using Graph.Engine.Storage;

namespace Graph.Engine.Sqlite;

/// <summary>
/// The adjacency of a bulk load, built after the records: the relationships are counting-sorted by node, so each
/// node's edges in one direction go into one packed array (see <see cref="AdjacencyList"/>) allocated at its final
/// size. Appending edge by edge instead doubled arrays (up to half of them slack, and every outgrown array garbage).
/// </summary>
internal sealed partial class BulkGraphWriter
{
    /// <summary>Adds the adjacency entries of every relationship added since the last call (or since the writer began).</summary>
    public void BuildAdjacency()
    {
        var first = (int)_firstWithoutAdjacency;
        var limit = (int)store.RelationshipLimit;
        _firstWithoutAdjacency = limit;
        if (limit == first)
        {
            return;
        }

        var runs = new int[store.NodeLimit + 1];
        var sorted = new Sorted(limit - first);
        var scratch = new Scratch(store.Types.Count);
        Build(outgoing: true, first, limit, runs, sorted, scratch);
        Array.Clear(runs);
        Build(outgoing: false, first, limit, runs, sorted, scratch);
    }

    private void Build(bool outgoing, int first, int limit, int[] runs, Sorted sorted, Scratch scratch)
    {
        // Counting sort of the relationship ids by node: afterwards runs[v] is the end of node v's run in the sorted
        // arrays, and runs[v - 1] its start; within a run the ids ascend, so edges keep the order the records were
        // added in. Type and other end travel with the id, so the per-node pass reads them in sequence instead of
        // reading the slot arrays at random again.
        var slots = store.RelationshipTable;
        var (nodes, others) = outgoing ? (slots.Starts, slots.Ends) : (slots.Ends, slots.Starts);
        for (var id = first; id < limit; id++)
        {
            if (slots.Heads[id] is not null)
            {
                runs[nodes[id]]++;
            }
        }

        var sum = 0;
        for (var v = 0; v < runs.Length; v++)
        {
            sum += runs[v];
            runs[v] = sum - runs[v];
        }

        for (var id = first; id < limit; id++)
        {
            if (slots.Heads[id] is not null)
            {
                var at = runs[nodes[id]]++;
                sorted.Ids[at] = id;
                sorted.Types[at] = slots.Types[id];
                sorted.Others[at] = others[id];
            }
        }

        var start = 0;
        for (var v = 0; v < runs.Length - 1; v++)
        {
            var end = runs[v];
            if (end > start)
            {
                var node = store.Node(v)!;
                var list = outgoing ? node.Outgoing : node.Incoming;
                var length = end - start;
                list.AddRun(sorted.Ids.AsSpan(start, length), sorted.Types.AsSpan(start, length), sorted.Others.AsSpan(start, length), scratch.Counts, scratch.Order);
            }

            start = end;
        }
    }

    /// <summary>Relationship ids with their types and other ends, in node order.</summary>
    private sealed class Sorted(int count)
    {
        public int[] Ids { get; } = new int[count];

        public int[] Types { get; } = new int[count];

        public int[] Others { get; } = new int[count];
    }

    /// <summary>Per-type counters, reused across nodes.</summary>
    private sealed class Scratch(int types)
    {
        public int[] Counts { get; } = new int[types];

        public int[] Order { get; } = new int[types];
    }
}
