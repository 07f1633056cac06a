namespace Graph.Engine.Execution.Operators;

/// <summary>
/// A grouping whose aggregates are all plain counts (<c>count(*)</c>, <c>count(x)</c>, no DISTINCT) over a large
/// label scan under expansions, projections and filters (benchmark q07): each partition groups and counts its own
/// rows (<see cref="PartitionedScan"/>), then the groups are merged in partition order — first seen over the
/// partitions in order is first seen in the serial scan — and their counts added, which is exact for integers.
/// Other aggregates are not merged: a FLOAT sum's value depends on the order of its additions, and collect() and
/// DISTINCT would need more than a number per group. A small label or a write transaction runs the serial tree.
/// </summary>
internal sealed class ParallelCountOperator(Operator serial, PartitionedScan partitions, int[] keySlots, int[] countSlots) : Operator
{
    private List<(object?[] Key, long[] Counts)>? _groups;
    private bool _serial;
    private int _next;

    public override bool Pull(Frame frame)
    {
        if (_groups is null && !_serial)
        {
            _serial = !partitions.Worthwhile(frame.Context);
            if (!_serial)
            {
                _groups = Merge(partitions.Run(frame));
            }
        }

        if (_serial)
        {
            return serial.Pull(frame);
        }

        if (_next >= _groups!.Count)
        {
            return false;
        }

        var (key, counts) = _groups[_next++];
        for (var i = 0; i < keySlots.Length; i++)
        {
            frame.Slots[keySlots[i]] = key[i];
        }

        for (var i = 0; i < countSlots.Length; i++)
        {
            frame.Slots[countSlots[i]] = counts[i];
        }

        return true;
    }

    public override void Reset()
    {
        _groups = null;
        _serial = false;
        _next = 0;
        serial.Reset();
    }

    private List<(object?[] Key, long[] Counts)> Merge(List<object?[]>[] partitionRows)
    {
        var groups = new List<(object?[] Key, long[] Counts)>();
        var index = new Dictionary<object?[], long[]>(KeyComparer.Instance);
        foreach (var rows in partitionRows)
        {
            foreach (var row in rows)
            {
                var key = new object?[keySlots.Length];
                for (var i = 0; i < key.Length; i++)
                {
                    key[i] = row[keySlots[i]];
                }

                if (!index.TryGetValue(key, out var counts))
                {
                    counts = new long[countSlots.Length];
                    index[key] = counts;
                    groups.Add((key, counts));
                }

                for (var i = 0; i < countSlots.Length; i++)
                {
                    counts[i] += (long)row[countSlots[i]]!;
                }
            }
        }

        return groups;
    }
}
