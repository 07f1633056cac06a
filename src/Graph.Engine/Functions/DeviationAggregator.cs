namespace Graph.Engine.Functions;

/// <summary>stDev (sample) and stDevP (population) by Welford's running variance; 0.0 with too few values.</summary>
internal sealed class DeviationAggregator(bool sample) : IAggregator
{
    private long count;
    private double mean;
    private double squares;

    public void Add(object? value)
    {
        if (value is null)
        {
            return;
        }

        var x = Args.Number(sample ? "stDev" : "stDevP", value);
        count++;
        var delta = x - mean;
        mean += delta / count;
        squares += delta * (x - mean);
    }

    public object? Complete()
    {
        var divisor = sample ? count - 1 : count;
        return divisor <= 0 ? 0.0 : Math.Sqrt(squares / divisor);
    }
}
