using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// Temporal ± duration as Neo4j applies a duration: months, then days, then seconds, then nanoseconds, each only
/// where the temporal has that unit — a DATE takes the seconds as whole days; times take the time-of-day part only.
/// </summary>
internal static class TemporalArithmetic
{
    private const long SecondsPerDay = 86_400;
    private const long NanosPerSecond = 1_000_000_000;

    public static bool TryAdd(object? value, CypherDuration duration, out object? result) => TryApply(value, duration, 1, out result);

    public static bool TrySubtract(object? value, CypherDuration duration, out object? result)
    {
        if (value is CypherDuration minuend)
        {
            result = minuend.Minus(duration);
            return true;
        }

        return TryApply(value, duration, -1, out result);
    }

    private static bool TryApply(object? value, CypherDuration d, int sign, out object? result)
    {
        try
        {
            result = value switch
            {
                CypherDuration other => sign > 0 ? other.Plus(d) : other.Minus(d),
                CypherDate date => date.PlusMonths(sign * d.Months).PlusDays(sign * d.Days).PlusDays(sign * (d.Seconds / SecondsPerDay)),
                CypherLocalTime time => time.PlusNanos(sign * NanosOfDay(d)),
                CypherTime time => CypherTime.Of(time.LocalTime.PlusNanos(sign * NanosOfDay(d)), time.OffsetSeconds),
                CypherLocalDateTime local => local.PlusMonths(sign * d.Months).PlusDays(sign * d.Days).PlusSeconds(sign * d.Seconds).PlusSeconds(0, sign * d.Nanoseconds),
                CypherDateTime dateTime => dateTime.PlusMonths(sign * d.Months).PlusDays(sign * d.Days).PlusSeconds(sign * d.Seconds).PlusSeconds(0, sign * d.Nanoseconds),
                _ => null,
            };
            return result is not null;
        }
        catch (OverflowException e)
        {
            throw new CypherArithmeticException("Temporal arithmetic overflows the supported range.", null, e);
        }
    }

    private static long NanosOfDay(CypherDuration d) => (d.Seconds % SecondsPerDay * NanosPerSecond) + d.Nanoseconds;
}
