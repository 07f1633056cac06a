using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Core.Values;

/// <summary>
/// Parses Cypher duration strings: unit-based (<c>P1Y2M3W4DT5H6M7.8S</c>, one fractional unit allowed as the
/// smallest given) and date-based (<c>P2012-02-02T14:37:21.545</c>), each with an optional leading sign.
/// </summary>
internal static partial class DurationText
{
    private const string Number = "[-+]?[0-9]+(?:[.,][0-9]+)?";

    public static CypherDuration Parse(string text)
    {
        var match = Pattern().Match(text);
        var result = match.Success ? Read(match) : null;
        return result ?? throw TemporalParser.Unparsable(text, "duration");
    }

    private static CypherDuration? Read(Match match)
    {
        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        if (match.Groups["year"].Success || match.Groups["time"].Success)
        {
            return ReadDateBased(match, sign);
        }

        string? Get(string name) => match.Groups[name].Success ? match.Groups[name].Value : null;
        var (y, m, w, d, t) = (Get("years"), Get("months"), Get("weeks"), Get("days"), Get("T"));
        if ((y is null && m is null && w is null && d is null && t is null) || string.Equals(t, "T", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A fraction is allowed only on the smallest unit given: it spills into smaller units on average lengths.
        if (IsFraction(y))
        {
            return (m ?? w ?? d ?? t) is null ? Approx(sign, Fraction(y!) * 12, 0, 0) : null;
        }

        var months = Whole(y) * 12;
        if (IsFraction(m))
        {
            return (w ?? d ?? t) is null ? Approx(sign, months + Fraction(m!), 0, 0) : null;
        }

        months += Whole(m);
        if (IsFraction(w))
        {
            return (d ?? t) is null ? Approx(sign, months, Fraction(w!) * 7, 0) : null;
        }

        var days = Whole(w) * 7;
        if (IsFraction(d))
        {
            return t is null ? Approx(sign, months, days + Fraction(d!), 0) : null;
        }

        days += Whole(d);
        var (h, min, s, sub) = (Get("hours"), Get("minutes"), Get("seconds"), Get("subseconds"));
        if (IsFraction(h))
        {
            return (min ?? s) is null ? Approx(sign, months, days, Fraction(h!) * 3600) : null;
        }

        if (IsFraction(min))
        {
            return s is null ? Approx(sign, months, days, (Whole(h) * 3600) + (Fraction(min!) * 60)) : null;
        }

        return Build(sign, months, days, Whole(h), Whole(min), s, sub);
    }

    private static CypherDuration? ReadDateBased(Match match, int sign)
    {
        long months = 0;
        long days = 0;
        if (match.Groups["year"].Success)
        {
            var longForm = match.Groups["longMonth"].Success;
            var month = long.Parse(match.Groups[longForm ? "longMonth" : "shortMonth"].ValueSpan, CultureInfo.InvariantCulture);
            var day = long.Parse(match.Groups[longForm ? "longDay" : "shortDay"].ValueSpan, CultureInfo.InvariantCulture);
            if (month > 12 || day > 31)
            {
                return null;
            }

            months = month + (long.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) * 12);
            days = day;
        }

        if (!match.Groups["time"].Success)
        {
            return CypherDuration.Of(sign * months, sign * days, 0, 0);
        }

        var prefix = match.Groups["longHour"].Success ? "long" : "short";
        string? Get(string name) => match.Groups[prefix + name].Success ? match.Groups[prefix + name].Value : null;
        var (hours, minutes, seconds) = (Whole(Get("Hour")), Whole(Get("Minute")), Whole(Get("Second")));
        if (hours > 24 || minutes > 60 || seconds > 60)
        {
            return null;
        }

        return Build(sign, months, days, hours, minutes, Get("Second"), Get("Sub"));
    }

    private static CypherDuration Build(int sign, long months, long days, long hours, long minutes, string? seconds, string? subseconds)
    {
        var totalSeconds = Whole(seconds) + (hours * 3600) + (minutes * 60);
        long nanos = 0;
        if (subseconds is not null)
        {
            nanos = long.Parse(subseconds.PadRight(9, '0'), CultureInfo.InvariantCulture);
            if (seconds!.StartsWith('-'))
            {
                nanos = -nanos;
            }
        }

        return CypherDuration.Of(sign * months, sign * days, sign * totalSeconds, sign * nanos);
    }

    private static CypherDuration Approx(int sign, double months, double days, double seconds) =>
        CypherDuration.Approximate(sign * months, sign * days, sign * seconds, 0);

    private static bool IsFraction(string? value) => value is not null && (value.Contains('.', StringComparison.Ordinal) || value.Contains(',', StringComparison.Ordinal));

    private static double Fraction(string value) => double.Parse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static long Whole(string? value) => value is null ? 0 : long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        "^(?<sign>[-+]?)P(?:"
        + "(?:(?<years>" + Number + ")Y)?(?:(?<months>" + Number + ")M)?(?:(?<weeks>" + Number + ")W)?(?:(?<days>" + Number + ")D)?"
        + "(?<T>T(?:(?<hours>" + Number + ")H)?(?:(?<minutes>" + Number + ")M)?(?:(?<seconds>[-+]?[0-9]+)(?:[.,](?<subseconds>[0-9]{1,9}))?S)?)?"
        + "|(?:(?<year>[0-9]{4})(?:-(?<longMonth>[0-9]{2})-(?<longDay>[0-9]{2})|(?<shortMonth>[0-9]{2})(?<shortDay>[0-9]{2})))?"
        + "(?<time>T(?:(?<shortHour>[0-9]{2})(?:(?<shortMinute>[0-9]{2})(?:(?<shortSecond>[0-9]{2})(?:[.,](?<shortSub>[0-9]{1,9}))?)?)?"
        + "|(?<longHour>[0-9]{2}):(?<longMinute>[0-9]{2})(?::(?<longSecond>[0-9]{2})(?:[.,](?<longSub>[0-9]{1,9}))?)?))?"
        + ")$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
