using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// sum(x): integers add exactly (failing on 64-bit overflow) until a float arrives, from then on the sum is a
/// float; durations add as durations; 0 over no values.
/// </summary>
internal sealed class SumAggregator : IAggregator
{
    private long integerSum;
    private double floatSum;
    private bool sawFloat;
    private CypherDuration? durationSum;

    public void Add(object? value)
    {
        switch (CypherValues.KindOf(value))
        {
            case ValueKind.Null:
                return;
            case ValueKind.Integer when durationSum is null:
                try
                {
                    integerSum = checked(integerSum + CypherValues.AsLong(value!));
                }
                catch (OverflowException e)
                {
                    throw new CypherArithmeticException("long overflow", null, e);
                }

                return;
            case ValueKind.Float when durationSum is null:
                sawFloat = true;
                floatSum += CypherValues.AsDouble(value!);
                return;
            case ValueKind.Duration when integerSum == 0 && !sawFloat:
                durationSum = (durationSum ?? CypherDuration.Zero).Plus((CypherDuration)value!);
                return;
            default:
                throw new CypherTypeException(
                    $"sum() expects numbers or durations but got {ValueTypes.TypeName(value)}", "InvalidArgumentType");
        }
    }

    public object? Complete() => durationSum is not null ? durationSum : sawFloat ? floatSum + integerSum : (object)integerSum;
}
