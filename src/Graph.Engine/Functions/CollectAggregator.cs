namespace Graph.Engine.Functions;

/// <summary>collect(x): the non-null values in arrival order.</summary>
internal sealed class CollectAggregator : IAggregator
{
    private readonly List<object?> items = [];

    public void Add(object? value)
    {
        if (value is not null)
        {
            items.Add(value);
        }
    }

    public object? Complete() => items;
}
