using Graph.Core.Errors;
using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// The aggregate functions. All skip nulls; over no values count and sum give 0, collect an empty list, stDev and
/// stDevP 0.0, the others null. The engine applies DISTINCT before <see cref="IAggregator.Add"/> and implements
/// <c>count(*)</c> by passing any non-null value per row.
/// </summary>
internal static class Aggregates
{
    public static IEnumerable<AggregateDefinition> Definitions { get; } =
    [
        new("count", 1, 1, _ => new CountAggregator()),
        new("collect", 1, 1, _ => new CollectAggregator()),
        new("sum", 1, 1, _ => new SumAggregator()),
        new("avg", 1, 1, _ => new AverageAggregator()),
        new("min", 1, 1, _ => new ExtremeAggregator(pickGreater: false)),
        new("max", 1, 1, _ => new ExtremeAggregator(pickGreater: true)),
        new("percentileCont", 2, 2, args => new PercentileAggregator(Percentile("percentileCont", args), continuous: true)),
        new("percentileDisc", 2, 2, args => new PercentileAggregator(Percentile("percentileDisc", args), continuous: false)),
        new("stDev", 1, 1, _ => new DeviationAggregator(sample: true)),
        new("stDevP", 1, 1, _ => new DeviationAggregator(sample: false)),
    ];

    private static double? Percentile(string function, object?[] args)
    {
        var value = args.Length > 0 ? args[0] : null;
        if (value is null)
        {
            return null;
        }

        if (!CypherValues.IsNumber(value))
        {
            throw Args.WrongType(function, value, "a number between 0.0 and 1.0");
        }

        var percentile = CypherValues.AsDouble(value);
        return percentile is >= 0 and <= 1
            ? percentile
            : throw new CypherArgumentException(
                $"Invalid input '{ValueText.ToCypherString(value)}' is not a valid argument, must be a number in the range 0.0 to 1.0",
                "NumberOutOfRange");
    }
}
