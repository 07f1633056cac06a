namespace Graph.Engine.Storage;

/// <summary>
/// Per label, the ids of every node that has ever carried it (a superset: scans re-check the
/// label on the visible version). A bit per node keeps each id in the list at most once, so a
/// label removed and added again does not make a scan return the node twice.
/// </summary>
internal sealed class LabelIndex
{
    private readonly List<Entry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>The candidate ids for <paramref name="label"/>, or null when no node ever had it.</summary>
    public IdList? Candidates(int label)
    {
        lock (_gate)
        {
            return label < _entries.Count ? _entries[label]?.Ids : null;
        }
    }

    /// <summary>Records that node <paramref name="id"/> carries <paramref name="label"/>. Writer only.</summary>
    public void Add(int label, long id)
    {
        Entry? entry;
        lock (_gate)
        {
            while (_entries.Count <= label)
            {
                _entries.Add(null!);
            }

            entry = _entries[label];
            if (entry is null)
            {
                entry = new Entry();
                _entries[label] = entry;
            }
        }

        var word = (int)(id >> 6);
        if (word >= entry.Members.Length)
        {
            Array.Resize(ref entry.Members, Math.Max(word + 1, entry.Members.Length * 2));
        }

        var bit = 1UL << (int)(id & 63);
        if ((entry.Members[word] & bit) == 0)
        {
            entry.Members[word] |= bit;
            entry.Ids.Add(id);
        }
    }

    private sealed class Entry
    {
        // Only the writer touches the bitmap.
        public ulong[] Members = new ulong[16];

        public IdList Ids { get; } = new();
    }
}
