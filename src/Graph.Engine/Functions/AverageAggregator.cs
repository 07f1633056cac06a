using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>avg(x): a FLOAT over numbers (integers summed exactly), a DURATION over durations, null over no values.</summary>
internal sealed class AverageAggregator : IAggregator
{
    private Int128 integerSum;
    private double floatSum;
    private long count;
    private CypherDuration? durationSum;

    public void Add(object? value)
    {
        switch (CypherValues.KindOf(value))
        {
            case ValueKind.Null:
                return;
            case ValueKind.Integer when durationSum is null:
                integerSum += CypherValues.AsLong(value!);
                break;
            case ValueKind.Float when durationSum is null:
                floatSum += CypherValues.AsDouble(value!);
                break;
            case ValueKind.Duration when count == 0 || durationSum is not null:
                durationSum = (durationSum ?? CypherDuration.Zero).Plus((CypherDuration)value!);
                break;
            default:
                throw new CypherTypeException(
                    $"avg() expects numbers or durations but got {ValueTypes.TypeName(value)}", "InvalidArgumentType");
        }

        count++;
    }

    public object? Complete()
    {
        if (count == 0)
        {
            return null;
        }

        return durationSum is not null ? durationSum.Divide(count) : ((double)integerSum + floatSum) / count;
    }
}
