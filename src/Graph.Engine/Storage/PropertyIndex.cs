using System.Collections.Concurrent;

namespace Graph.Engine.Storage;

/// <summary>
/// A property index on (label, key): value → ids of nodes that have had that value (a superset;
/// seeks re-check label and value on the visible version). Numbers are keyed as doubles so that
/// 1 and 1.0 share a bucket, as Cypher equality demands; strings and booleans key as themselves.
/// Other value types are not indexed and make a seek fall back to a label scan.
/// An ordered copy of the string keys is rebuilt lazily for STARTS WITH and range seeks.
/// </summary>
/// <remarks>
/// <para>
/// The bucket table starts at the label's node count: growing it re-creates every entry, millions of times over
/// for a name index at benchmark scale L; for a low-cardinality key it costs a reference per node.
/// </para>
/// <para>
/// Most buckets (names, ids) hold one node: a key's first node is kept in <c>_first</c> alone, and only a key with
/// more gets a list in <c>_more</c> (starting with the first again). A list with its one-slot array per key cost
/// 64 bytes: 128 MB and 4 M objects for the name indexes at benchmark scale L.
/// </para>
/// </remarks>
internal sealed class PropertyIndex(int label, int key, int expectedNodes = 0)
{
    private readonly ConcurrentDictionary<object, long> _first = new(Environment.ProcessorCount, Math.Max(expectedNodes, 31));
    private readonly ConcurrentDictionary<object, IdList> _more = new();
    private int _moreKeys; // writer only: while zero, an addition need not look in _more
    private readonly Lock _orderGate = new();
    private string[]? _orderedStrings;
    private double[]? _orderedNumbers;

    public int Label { get; } = label;

    public int Key { get; } = key;

    /// <summary>The bucket key for a value, or null when the value is not indexable.</summary>
    public static object? KeyOf(object? value) => value switch
    {
        string s => s,
        long l => (double)l,
        int i => (double)i,
        double d => double.IsNaN(d) ? null : d,
        bool b => b,
        _ => null,
    };

    public static bool IsIndexable(object? value) => KeyOf(value) is not null;

    /// <summary>Records that node <paramref name="id"/> now has <paramref name="value"/>. Writer only.</summary>
    public void Add(object? value, long id)
    {
        var k = KeyOf(value);
        if (k is null)
        {
            return;
        }

        if (_moreKeys > 0 && _more.TryGetValue(k, out var bucket))
        {
            // A node that leaves a value and comes back would be listed twice; seeks de-duplicate
            // only when a bucket's last entry is not already this id, which covers repeated SETs.
            var count = bucket.Count;
            if (bucket.Items[count - 1] != id)
            {
                bucket.Add(id);
            }

            return;
        }

        // A new key (the common case when an index is built) costs one lookup.
        if (!_first.TryAdd(k, id))
        {
            var first = _first[k];
            if (first != id)
            {
                var list = new IdList();
                list.Add(first);
                list.Add(id);
                _more[k] = list;
                _moreKeys++;
            }

            return;
        }

        lock (_orderGate)
        {
            if (k is string)
            {
                _orderedStrings = null;
            }
            else if (k is double)
            {
                _orderedNumbers = null;
            }
        }
    }

    /// <summary>The candidate ids for an exact value (may contain a node twice; callers de-duplicate).</summary>
    public IdList? Seek(object? value)
    {
        var k = KeyOf(value);
        return k is null ? null : Bucket(k);
    }

    /// <summary>The ids of key <paramref name="k"/>, or null.</summary>
    private IdList? Bucket(object k)
    {
        // _more first: the writer puts a key there while it stays in _first, so a seek that misses it in _more and
        // then finds the first node alone raced an addition its snapshot does not see.
        if (_more.TryGetValue(k, out var list))
        {
            return list;
        }

        if (!_first.TryGetValue(k, out var id))
        {
            return null;
        }

        var single = new IdList();
        single.Add(id);
        return single;
    }

    /// <summary>The candidate buckets of every string key starting with <paramref name="prefix"/> (ordinal).</summary>
    public List<IdList> SeekPrefix(string prefix)
    {
        var keys = OrderedStrings();
        var result = new List<IdList>();
        var lo = LowerBound(keys, prefix);
        for (var i = lo; i < keys.Length && keys[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (Bucket(keys[i]) is { } bucket)
            {
                result.Add(bucket);
            }
        }

        return result;
    }

    /// <summary>
    /// The candidate buckets of every key of the bound's kind (strings with a string, numbers with a
    /// number) above (<paramref name="upward"/>) or below the bound. Inclusive either way: the filter
    /// above the seek decides strictness and NaN.
    /// </summary>
    public List<IdList> SeekRange(object bound, bool upward)
    {
        var result = new List<IdList>();
        if (bound is string s)
        {
            var keys = OrderedStrings();
            var at = LowerBound(keys, s);
            for (var i = upward ? at : 0; i < (upward ? keys.Length : Math.Min(keys.Length, UpperBound(keys, s))); i++)
            {
                if (Bucket(keys[i]) is { } bucket)
                {
                    result.Add(bucket);
                }
            }

            return result;
        }

        if (KeyOf(bound) is not double d)
        {
            return result;
        }

        var numbers = OrderedNumbers();
        var from = upward ? LowerBound(numbers, d) : 0;
        var to = upward ? numbers.Length : UpperBound(numbers, d);
        for (var i = from; i < to; i++)
        {
            if (Bucket(numbers[i]) is { } bucket)
            {
                result.Add(bucket);
            }
        }

        return result;
    }

    private static int LowerBound(double[] keys, double value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(double[] keys, double value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(string[] keys, string value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(keys[mid], value) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private double[] OrderedNumbers()
    {
        lock (_orderGate)
        {
            if (_orderedNumbers is null)
            {
                var list = new List<double>();
                foreach (var k in _first.Keys)
                {
                    if (k is double d)
                    {
                        list.Add(d);
                    }
                }

                list.Sort();
                _orderedNumbers = [.. list];
            }

            return _orderedNumbers;
        }
    }

    private static int LowerBound(string[] keys, string value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(keys[mid], value) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private string[] OrderedStrings()
    {
        lock (_orderGate)
        {
            if (_orderedStrings is null)
            {
                var list = new List<string>();
                foreach (var k in _first.Keys)
                {
                    if (k is string s)
                    {
                        list.Add(s);
                    }
                }

                list.Sort(StringComparer.Ordinal);
                _orderedStrings = [.. list];
            }

            return _orderedStrings;
        }
    }
}
