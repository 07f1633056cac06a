using Graph.Engine.Storage;

namespace Graph.Engine.Sqlite;

/// <summary>
/// The adjacency of a bulk load, built after the records: the relationships are counting-sorted by node, so each
/// node's edges of one type go into one array allocated at its final size. Appending edge by edge instead doubled
/// arrays (up to half of them slack, and every outgrown array garbage) and wrote millions of references to new
/// records into old arrays, which made every young-generation collection scan the whole heap's dirty cards.
/// Here every array is filled right after it is allocated, with references to older records.
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
                Add(outgoing ? node.Outgoing : node.Incoming, sorted.Run(start, end - start), scratch);
            }

            start = end;
        }
    }

    /// <summary>Adds one node's run of relationships, grouped by type in order of first appearance.</summary>
    private static void Add(AdjacencyList list, Run run, Scratch scratch)
    {
        var distinct = 0;
        foreach (var type in run.Types)
        {
            if (scratch.Counts[type]++ == 0)
            {
                scratch.Types[distinct++] = type;
            }
        }

        if (distinct == 1)
        {
            var type = scratch.Types[0];
            scratch.Counts[type] = 0;
            var entries = new EdgeEntry[run.Ids.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new EdgeEntry(run.Ids[i], run.Others[i]);
            }

            list.AddRange(type, entries);
            return;
        }

        var arrays = new EdgeEntry[distinct][];
        for (var k = 0; k < distinct; k++)
        {
            var type = scratch.Types[k];
            arrays[k] = new EdgeEntry[scratch.Counts[type]];
            scratch.Counts[type] = 0;
            scratch.Slots[type] = k;
        }

        for (var i = 0; i < run.Ids.Length; i++)
        {
            var type = run.Types[i];
            arrays[scratch.Slots[type]][scratch.Counts[type]++] = new EdgeEntry(run.Ids[i], run.Others[i]);
        }

        for (var k = 0; k < distinct; k++)
        {
            scratch.Counts[scratch.Types[k]] = 0;
            list.AddRange(scratch.Types[k], arrays[k]);
        }
    }

    /// <summary>Relationship ids with their types and other ends, in node order.</summary>
    private sealed class Sorted(int count)
    {
        public int[] Ids { get; } = new int[count];

        public int[] Types { get; } = new int[count];

        public int[] Others { get; } = new int[count];

        public Run Run(int start, int length) => new(Ids.AsSpan(start, length), Types.AsSpan(start, length), Others.AsSpan(start, length));
    }

    /// <summary>One node's slice of <see cref="Sorted"/>.</summary>
    private readonly ref struct Run(ReadOnlySpan<int> ids, ReadOnlySpan<int> types, ReadOnlySpan<int> others)
    {
        public ReadOnlySpan<int> Ids { get; } = ids;

        public ReadOnlySpan<int> Types { get; } = types;

        public ReadOnlySpan<int> Others { get; } = others;
    }

    /// <summary>Per-type counters, reused across nodes.</summary>
    private sealed class Scratch(int types)
    {
        public int[] Counts { get; } = new int[types];

        public int[] Slots { get; } = new int[types];

        public int[] Types { get; } = new int[types];
    }
}
