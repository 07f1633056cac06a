using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// <c>duration({…})</c>: years, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds and
/// nanoseconds, summed into months, days, seconds and nanoseconds. Integers add exactly; any fractional
/// component spills into the smaller units on average lengths, as Neo4j does.
/// </summary>
internal static class DurationBuilder
{
    private static readonly string[] Keys =
        ["YEARS", "MONTHS", "WEEKS", "DAYS", "HOURS", "MINUTES", "SECONDS", "MILLISECONDS", "MICROSECONDS", "NANOSECONDS"];

    public static CypherDuration? Build(IReadOnlyDictionary<string, object?> map)
    {
        var values = new object?[Keys.Length];
        foreach (var (key, value) in map)
        {
            var index = Array.IndexOf(Keys, key.ToUpperInvariant());
            if (index < 0)
            {
                throw TemporalMap.Invalid($"No such field '{key}' for duration()");
            }

            if (value is null)
            {
                return null;
            }

            if (!CypherValues.IsNumber(value))
            {
                throw TemporalMap.Invalid($"{key} must be a number, but was {ValueTypes.TypeName(value)}");
            }

            values[index] = value;
        }

        if (values.All(v => v is null || CypherValues.KindOf(v) == ValueKind.Integer))
        {
            long L(int i) => values[i] is { } v ? CypherValues.AsLong(v) : 0;
            try
            {
                return CypherDuration.Of(
                    checked((L(0) * 12) + L(1)),
                    checked((L(2) * 7) + L(3)),
                    checked((L(4) * 3600) + (L(5) * 60) + L(6)),
                    checked((L(7) * 1_000_000) + (L(8) * 1000) + L(9)));
            }
            catch (OverflowException e)
            {
                throw new Graph.Core.Errors.CypherArgumentException("Invalid value for duration, will cause overflow", "InvalidArgumentValue", e);
            }
        }

        double D(int i) => values[i] is { } v ? CypherValues.AsDouble(v) : 0;
        return CypherDuration.Approximate(
            (D(0) * 12) + D(1),
            (D(2) * 7) + D(3),
            (D(4) * 3600) + (D(5) * 60) + D(6),
            (D(7) * 1_000_000) + (D(8) * 1000) + D(9));
    }
}
