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
        var order = new int[limit - first];
        var scratch = new Scratch(store.Types.Count);
        Build(outgoing: true, first, limit, runs, order, scratch);
        Array.Clear(runs);
        Build(outgoing: false, first, limit, runs, order, scratch);
    }

    private void Build(bool outgoing, int first, int limit, int[] runs, int[] order, Scratch scratch)
    {
        // Counting sort of the relationship ids by node: afterwards runs[v] is the end of node v's run in order[],
        // and runs[v - 1] its start; within a run the ids ascend, so edges keep the order the records were added in.
        var count = 0;
        for (var id = first; id < limit; id++)
        {
            if (store.Relationship(id) is { Head: not null } r)
            {
                runs[Node(r, outgoing)]++;
                count++;
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
            if (store.Relationship(id) is { Head: not null } r)
            {
                order[runs[Node(r, outgoing)]++] = id;
            }
        }

        var start = 0;
        for (var v = 0; v < runs.Length - 1; v++)
        {
            var end = runs[v];
            if (end > start)
            {
                var node = store.Node(v)!;
                Add(outgoing ? node.Outgoing : node.Incoming, order.AsSpan(start, end - start), outgoing, scratch);
            }

            start = end;
        }
    }

    /// <summary>Adds one node's run of relationship ids, grouped by type in order of first appearance.</summary>
    private void Add(AdjacencyList list, ReadOnlySpan<int> run, bool outgoing, Scratch scratch)
    {
        var records = scratch.Records(run.Length);
        var distinct = 0;
        for (var i = 0; i < run.Length; i++)
        {
            var r = store.Relationship(run[i])!;
            records[i] = r;
            if (scratch.Counts[r.Type]++ == 0)
            {
                scratch.Types[distinct++] = r.Type;
            }
        }

        if (distinct == 1)
        {
            var type = scratch.Types[0];
            scratch.Counts[type] = 0;
            var entries = new EdgeEntry[run.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = Entry(records[i], outgoing);
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

        for (var i = 0; i < run.Length; i++)
        {
            var k = scratch.Slots[records[i].Type];
            arrays[k][scratch.Counts[records[i].Type]++] = Entry(records[i], outgoing);
        }

        for (var k = 0; k < distinct; k++)
        {
            scratch.Counts[scratch.Types[k]] = 0;
            list.AddRange(scratch.Types[k], arrays[k]);
        }
    }

    private static int Node(RelationshipRecord r, bool outgoing) => (int)(outgoing ? r.Start : r.End);

    private static EdgeEntry Entry(RelationshipRecord r, bool outgoing) => new(r, outgoing ? r.End : r.Start);

    /// <summary>Per-type counters and a record buffer, reused across nodes.</summary>
    private sealed class Scratch(int types)
    {
        private RelationshipRecord[] _records = new RelationshipRecord[64];

        public int[] Counts { get; } = new int[types];

        public int[] Slots { get; } = new int[types];

        public int[] Types { get; } = new int[types];

        public RelationshipRecord[] Records(int length)
        {
            if (_records.Length < length)
            {
                _records = new RelationshipRecord[Math.Max(length, _records.Length * 2)];
            }

            return _records;
        }
    }
}
