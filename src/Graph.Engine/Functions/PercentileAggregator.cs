using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// percentileCont (linear interpolation, a FLOAT) and percentileDisc (the nearest value at or above the rank, its
/// own type) over the numeric values of a group.
/// </summary>
internal sealed class PercentileAggregator(double? percentile, bool continuous) : IAggregator
{
    private readonly List<object> values = [];

    public void Add(object? value)
    {
        if (value is not null)
        {
            Args.Number(continuous ? "percentileCont" : "percentileDisc", value);
            values.Add(value);
        }
    }

    public object? Complete()
    {
        if (values.Count == 0 || percentile is not { } p)
        {
            return null;
        }

        values.Sort(ValueOrdering.Comparer);
        if (!continuous)
        {
            var rank = (int)Math.Ceiling(p * values.Count) - 1;
            return values[Math.Clamp(rank, 0, values.Count - 1)];
        }

        var position = p * (values.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        var low = CypherValues.AsDouble(values[lower]);
        var high = CypherValues.AsDouble(values[upper]);
        return low + ((high - low) * (position - lower));
    }
}
