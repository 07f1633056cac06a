using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>min(x) / max(x) over any values, by ORDER BY's order across types; nulls skipped.</summary>
internal sealed class ExtremeAggregator(bool pickGreater) : IAggregator
{
    private object? best;

    public void Add(object? value)
    {
        if (value is null)
        {
            return;
        }

        if (best is null)
        {
            best = value;
            return;
        }

        var order = ValueOrdering.Compare(value, best);
        if (pickGreater ? order > 0 : order < 0)
        {
            best = value;
        }
    }

    public object? Complete() => best;
}
