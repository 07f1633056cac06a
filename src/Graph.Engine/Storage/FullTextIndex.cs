using System.Collections.Concurrent;

namespace Graph.Engine.Storage;

/// <summary>
/// A full-text index over nodes with any of <see cref="Labels"/>, on string properties
/// <see cref="Keys"/>: term → ids of nodes whose text ever contained the term (a superset;
/// queries re-read the visible version and score it).
/// </summary>
internal sealed class FullTextIndex(string name, int[] labels, int[] keys)
{
    private readonly ConcurrentDictionary<string, IdList> _terms = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public int[] Labels { get; } = labels;

    public int[] Keys { get; } = keys;

    public bool Covers(int[] nodeLabels)
    {
        foreach (var l in Labels)
        {
            if (Array.BinarySearch(nodeLabels, l) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Indexes the text of node <paramref name="id"/>. Writer only.</summary>
    public void Add(long id, string text)
    {
        foreach (var term in FullTextTokenizer.Terms(text))
        {
            var list = _terms.GetOrAdd(term, _ => new IdList());
            var count = list.Count;
            if (count == 0 || list.Items[count - 1] != id)
            {
                list.Add(id);
            }
        }
    }

    /// <summary>The ids of nodes that ever contained any of <paramref name="terms"/>, each once.</summary>
    public HashSet<long> Candidates(IEnumerable<string> terms)
    {
        var ids = new HashSet<long>();
        foreach (var term in terms)
        {
            if (_terms.TryGetValue(term, out var list))
            {
                var count = list.Count;
                var items = list.Items;
                for (var i = 0; i < count; i++)
                {
                    ids.Add(items[i]);
                }
            }
        }

        return ids;
    }
}
