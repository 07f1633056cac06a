using Graph.Engine.Functions;
using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Groups all input rows by the key values and feeds each group's aggregators; then yields one
/// row per group, in first-seen order, writing only the keys and aggregates: nothing else is in
/// scope after an aggregating projection, and the outer row of a subquery is left untouched.
/// With no keys, an empty input still yields one row (count 0, sum 0, collect []…).
/// With <c>identity</c> (the slots of the nodes and relationships every key is read from, in a
/// statement part that writes nothing), rows are first matched to their group by those entities'
/// ids, so the keys are evaluated and hashed once per combination of entities, not once per row.
/// </summary>
internal sealed class AggregateOperator(Operator input, int[] keySlots, Evaluator[] keys, int[] passThrough, AggregateSpec[] aggregates, int[]? identity = null) : Operator
{
    private List<Group>? _groups;
    private int _next;
    private HeldMemory _held;

    public override bool Pull(Frame frame)
    {
        if (_groups is null)
        {
            Consume(frame);
        }

        if (_next >= _groups!.Count)
        {
            return false;
        }

        var group = _groups[_next++];
        for (var i = 0; i < keySlots.Length; i++)
        {
            frame.Slots[keySlots[i]] = group.Key[i];
        }

        for (var i = 0; i < passThrough.Length; i++)
        {
            frame.Slots[passThrough[i]] = group.Key[keySlots.Length + i];
        }

        for (var i = 0; i < aggregates.Length; i++)
        {
            frame.Slots[aggregates[i].Slot] = group.Aggregators[i].Complete();
        }

        return true;
    }

    private void Consume(Frame frame)
    {
        _groups = [];
        var index = new Dictionary<object?[], Group>(KeyComparer.Instance);
        var byIdentity = identity is null ? null : new Dictionary<long[], Group>(IdentityComparer.Instance);
        var ids = identity is null ? null : new long[identity.Length];
        var width = keys.Length + passThrough.Length;
        var key = new object?[width];
        while (input.Pull(frame))
        {
            frame.Context.Tick();
            var identified = ids is not null && Identify(frame, ids);
            if (!identified || !byIdentity!.TryGetValue(ids!, out var group))
            {
                group = Find(frame, index, key);
                if (identified)
                {
                    byIdentity![(long[])ids!.Clone()] = group;
                }
            }

            for (var i = 0; i < aggregates.Length; i++)
            {
                if (aggregates[i].Add(group.Aggregators[i], frame) is > 0 and var kept)
                {
                    _held.Add(frame.Context.Budget, kept);
                }
            }
        }

        if (_groups.Count == 0 && width == 0)
        {
            _groups.Add(new Group([], Start(frame)));
        }
    }

    /// <summary>The group of the row's key values (the probe array is reused; a new group keeps a copy).</summary>
    private Group Find(Frame frame, Dictionary<object?[], Group> index, object?[] key)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            key[i] = keys[i](frame);
        }

        for (var i = 0; i < passThrough.Length; i++)
        {
            key[keys.Length + i] = frame.Slots[passThrough[i]];
        }

        if (!index.TryGetValue(key, out var group))
        {
            var copy = (object?[])key.Clone();
            _held.Add(frame.Context.Budget, ValueSize.Row(copy) + (aggregates.Length * ValueSize.Scalar));
            group = new Group(copy, Start(frame));
            index[copy] = group;
            _groups!.Add(group);
        }

        return group;
    }

    /// <summary>The ids of the entities the keys are read from; false when a slot holds anything else (null, a value).</summary>
    private bool Identify(Frame frame, long[] ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            switch (frame.Slots[identity![i]])
            {
                case LiveNode n:
                    ids[i] = n.Id;
                    break;
                case LiveRelationship r:
                    ids[i] = ~r.Id;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private IAggregator[] Start(Frame frame)
    {
        var result = new IAggregator[aggregates.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = aggregates[i].Start(frame);
        }

        return result;
    }

    public override void Reset()
    {
        _groups = null;
        _next = 0;
        _held.Release();
        input.Reset();
    }

    private sealed record Group(object?[] Key, IAggregator[] Aggregators);
}
