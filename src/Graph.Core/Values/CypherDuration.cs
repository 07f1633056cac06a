using System.Globalization;
using System.Text;
using Graph.Core.Errors;

namespace Graph.Core.Values;

/// <summary>
/// Cypher's DURATION as Neo4j stores it: months, days, seconds and nanoseconds kept apart (a month or a day has no
/// fixed length), with 0 ≤ <see cref="Nanoseconds"/> &lt; 10⁹. Canonical string: <c>P12Y6MT32H2M20.000000001S</c>.
/// Durations are equal when all four components are equal (P1D ≠ PT24H).
/// </summary>
public sealed class CypherDuration : IEquatable<CypherDuration>
{
    public static readonly CypherDuration Zero = new(0, 0, 0, 0);

    /// <summary>The average Gregorian month in days (365.2425 / 12), used for fractional months as Neo4j does.</summary>
    public const double AverageDaysPerMonth = 365.2425 / 12;

    /// <summary>The average Gregorian month in seconds.</summary>
    public const long AverageSecondsPerMonth = 2_629_746;

    private CypherDuration(long months, long days, long seconds, int nanoseconds)
    {
        Months = months;
        Days = days;
        Seconds = seconds;
        Nanoseconds = nanoseconds;
    }

    public long Months { get; }

    public long Days { get; }

    public long Seconds { get; }

    /// <summary>The sub-second part, 0 … 999,999,999 (negative durations borrow from <see cref="Seconds"/>).</summary>
    public int Nanoseconds { get; }

    /// <summary>A duration from its components; nanoseconds beyond a second carry into seconds.</summary>
    public static CypherDuration Of(long months, long days, long seconds, long nanoseconds)
    {
        try
        {
            seconds = checked(seconds + (nanoseconds / IsoCalendar.NanosPerSecond));
            var nanos = nanoseconds % IsoCalendar.NanosPerSecond;
            if (nanos < 0)
            {
                seconds = checked(seconds - 1);
                nanos += IsoCalendar.NanosPerSecond;
            }

            // Neo4j refuses durations whose average length in seconds overflows.
            _ = checked(seconds + (days * IsoCalendar.SecondsPerDay) + (months * AverageSecondsPerMonth));
            return months == 0 && days == 0 && seconds == 0 && nanos == 0 ? Zero : new CypherDuration(months, days, seconds, (int)nanos);
        }
        catch (OverflowException e)
        {
            throw new CypherArgumentException(
                $"Invalid value for duration, will cause overflow. Value was months={months}, days={days}, seconds={seconds}, nanos={nanoseconds}",
                "InvalidArgumentValue",
                e);
        }
    }

    /// <summary>
    /// A duration from fractional components, spilling fractions downwards the way Neo4j does: a fraction of a month
    /// becomes days at <see cref="AverageDaysPerMonth"/>, a fraction of a day becomes seconds, of a second nanoseconds.
    /// </summary>
    public static CypherDuration Approximate(double months, double days, double seconds, double nanoseconds)
    {
        var wholeMonths = ToLong(months);
        days += AverageDaysPerMonth * (months - wholeMonths);
        var wholeDays = ToLong(days);
        seconds += IsoCalendar.SecondsPerDay * (days - wholeDays);
        var wholeSeconds = ToLong(seconds);
        nanoseconds += IsoCalendar.NanosPerSecond * (seconds - wholeSeconds);
        return Of(wholeMonths, wholeDays, wholeSeconds, ToLong(nanoseconds));
    }

    /// <summary>Parses ISO-8601 durations as Cypher's <c>duration()</c> does: <c>P14DT16H12M</c>, <c>P0.75M</c>, <c>PT-1.5S</c>, <c>P2012-02-02T14:37:21.545</c>.</summary>
    public static CypherDuration Parse(string text) => TemporalParser.ParseDuration(text);

    public CypherDuration Plus(CypherDuration other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Guard(() => Of(checked(Months + other.Months), checked(Days + other.Days), checked(Seconds + other.Seconds), (long)Nanoseconds + other.Nanoseconds));
    }

    public CypherDuration Minus(CypherDuration other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Guard(() => Of(checked(Months - other.Months), checked(Days - other.Days), checked(Seconds - other.Seconds), (long)Nanoseconds - other.Nanoseconds));
    }

    public CypherDuration Negate() => Guard(() => Of(checked(-Months), checked(-Days), checked(-Seconds), -(long)Nanoseconds));

    public CypherDuration Multiply(long factor) =>
        Guard(() => Of(checked(Months * factor), checked(Days * factor), checked(Seconds * factor), checked(Nanoseconds * factor)));

    public CypherDuration Multiply(double factor) => Approximate(Months * factor, Days * factor, Seconds * factor, Nanoseconds * factor);

    public CypherDuration Divide(double divisor) => Approximate(Months / divisor, Days / divisor, Seconds / divisor, Nanoseconds / divisor);

    public bool Equals(CypherDuration? other) =>
        other is not null && other.Months == Months && other.Days == Days && other.Seconds == Seconds && other.Nanoseconds == Nanoseconds;

    public override bool Equals(object? obj) => Equals(obj as CypherDuration);

    public override int GetHashCode() => HashCode.Combine(Months, Days, Seconds, Nanoseconds);

    /// <summary>Neo4j's rendering: years and months from months, days as given, hours/minutes/seconds from seconds.</summary>
    public override string ToString()
    {
        if (Months == 0 && Days == 0 && Seconds == 0 && Nanoseconds == 0)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P", 32);
        Append(text, Months / 12, 'Y');
        Append(text, Months % 12, 'M');
        Append(text, Days, 'D');
        if (Seconds != 0 || Nanoseconds != 0)
        {
            var negative = Seconds < 0;
            var s = Seconds;
            long n = Nanoseconds;
            if (negative && n != 0)
            {
                // Print -1.5S rather than -2S + 0.5: the fraction takes the sign of the seconds.
                s++;
                n -= IsoCalendar.NanosPerSecond;
            }

            text.Append('T');
            Append(text, s / 3600, 'H');
            s %= 3600;
            Append(text, s / 60, 'M');
            s %= 60;
            if (s != 0)
            {
                text.Append(s.ToString(CultureInfo.InvariantCulture));
                AppendFraction(text, n);
                text.Append('S');
            }
            else if (n != 0)
            {
                text.Append(negative ? "-0" : "0");
                AppendFraction(text, n);
                text.Append('S');
            }
        }

        if (text.Length == 1)
        {
            text.Append("T0S");
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long quantity, char unit)
    {
        if (quantity != 0)
        {
            text.Append(quantity.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static void AppendFraction(StringBuilder text, long nanos)
    {
        if (nanos == 0)
        {
            return;
        }

        var digits = Math.Abs(nanos).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        text.Append('.').Append(digits);
    }

    private static long ToLong(double value)
    {
        if (double.IsNaN(value) || value >= 9.2233720368547758E18 || value < -9.2233720368547758E18)
        {
            throw new CypherArgumentException($"Invalid value for duration: {value.ToString(CultureInfo.InvariantCulture)}", "InvalidArgumentValue");
        }

        return (long)value;
    }

    private static CypherDuration Guard(Func<CypherDuration> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException e)
        {
            throw new CypherArgumentException("Duration arithmetic overflows a 64-bit integer.", "InvalidArgumentValue", e);
        }
    }
}
