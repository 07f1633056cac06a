using Graph.Engine.Functions;
using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// One compiled aggregate: how to make a group's aggregator (later arguments evaluated once per
/// group) and how to feed it a row (DISTINCT filtering happens here, before the aggregator).
/// </summary>
internal sealed class AggregateSpec(int slot, AggregateDefinition? definition, bool distinct, Evaluator? argument, Evaluator[] constants)
{
    public int Slot { get; } = slot;

    public IAggregator Start(Frame frame)
    {
        IAggregator aggregator = definition is null
            ? new CountStar()
            : definition.Create([.. constants.Select(c => c(frame))]);
        return distinct ? new Distinct(aggregator) : aggregator;
    }

    /// <summary>Feeds the row's value; returns the bytes the aggregator now keeps for it (collect keeps every value, the rest keep none).</summary>
    public long Add(IAggregator aggregator, Frame frame)
    {
        var value = argument?.Invoke(frame);
        aggregator.Add(value);
        return keepsValues && value is not null ? ValueSize.Reference + ValueSize.Shallow(value) : 0;
    }

    // collect and the percentiles keep every value they are given; the others a fixed state.
    private readonly bool keepsValues = definition?.Name is "collect" or "percentileCont" or "percentileDisc" || distinct;

    private sealed class CountStar : IAggregator
    {
        private long _count;

        public void Add(object? value) => _count++;

        public object? Complete() => _count;
    }

    private sealed class Distinct(IAggregator inner) : IAggregator
    {
        private readonly HashSet<object?> _seen = new(ValueEquality.EquivalenceComparer);

        public void Add(object? value)
        {
            if (value is not null && _seen.Add(value))
            {
                inner.Add(value);
            }
        }

        public object? Complete() => inner.Complete();
    }
}
