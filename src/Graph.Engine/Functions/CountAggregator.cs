namespace Graph.Engine.Functions;

/// <summary>count(x): the number of non-null values.</summary>
internal sealed class CountAggregator : IAggregator
{
    private long count;

    public void Add(object? value)
    {
        if (value is not null)
        {
            count++;
        }
    }

    public object? Complete() => count;
}
