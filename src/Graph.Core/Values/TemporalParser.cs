using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Errors;

namespace Graph.Core.Values;

/// <summary>The ISO-8601 forms Cypher's temporal functions accept, as regular expressions after Neo4j's grammar.</summary>
internal static partial class TemporalParser
{
    private const string Date =
        "(?:(?<shortYear>[0-9]{4})(?:(?<shortMonth>[0-9]{2})(?<shortDay>[0-9]{2})?|W(?<shortWeek>[0-9]{2})(?<shortDow>[0-9])?|(?<shortDoy>[0-9]{3}))"
        + "|(?<longYear>(?:[0-9]{4}|[+-][0-9]{1,9}))(?:-(?<longMonth>[0-9]{1,2})(?:-(?<longDay>[0-9]{1,2}))?|-W(?<longWeek>[0-9]{1,2})(?:-(?<longDow>[0-9]))?|-(?<longDoy>[0-9]{3}))?)";

    private const string Time =
        "(?:(?<longHour>[0-9]{1,2})(?::(?<longMinute>[0-9]{1,2})(?::(?<longSecond>[0-9]{1,2})(?:[.,](?<longFraction>[0-9]{1,9}))?)?)?"
        + "|(?<shortHour>[0-9]{2})(?:(?<shortMinute>[0-9]{2})(?:(?<shortSecond>[0-9]{2})(?:[.,](?<shortFraction>[0-9]{1,9}))?)?)?)";

    private const string Offset = "(?<zone>Z|z|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)";

    private const string ZoneName = @"(?:\[(?<zoneName>[a-zA-Z0-9~._ /+-]+)\])";

    public static CypherDate ParseDate(string text)
    {
        var match = DatePattern().Match(text);
        return match.Success ? ReadDate(match) : throw Unparsable(text, "date");
    }

    public static CypherLocalTime ParseLocalTime(string text)
    {
        var match = LocalTimePattern().Match(text);
        return match.Success ? ReadTime(match) : throw Unparsable(text, "local time");
    }

    public static CypherTime ParseTime(string text)
    {
        var match = TimePattern().Match(text);
        return match.Success ? CypherTime.Of(ReadTime(match), ReadOffset(match) ?? 0) : throw Unparsable(text, "time");
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var match = LocalDateTimePattern().Match(text);
        return match.Success ? ReadLocalDateTime(match) : throw Unparsable(text, "local date time");
    }

    public static CypherDateTime ParseDateTime(string text)
    {
        var match = DateTimePattern().Match(text);
        if (!match.Success)
        {
            throw Unparsable(text, "date time");
        }

        var local = ReadLocalDateTime(match);
        var offset = ReadOffset(match);
        var zoneName = match.Groups["zoneName"];
        if (!zoneName.Success)
        {
            return CypherDateTime.Of(local, offset is { } fixedOffset ? CypherZone.OfOffset(fixedOffset) : CypherZone.Utc);
        }

        var zone = CypherZone.Parse(zoneName.Value);
        var result = CypherDateTime.Of(local, zone, offset);
        if (offset is { } given && result.OffsetSeconds != given)
        {
            throw new CypherArgumentException(
                $"Timezone and offset do not match: {text}", "InvalidArgumentValue");
        }

        return result;
    }

    public static CypherDuration ParseDuration(string text) => DurationText.Parse(text);

    internal static CypherArgumentException Unparsable(string text, string type) =>
        new($"Text cannot be parsed to a {type}: \"{text}\"", "InvalidArgumentValue");

    private static CypherLocalDateTime ReadLocalDateTime(Match match) =>
        CypherLocalDateTime.Of(ReadDate(match), match.Groups["time"].Success ? ReadTime(match) : CypherLocalTime.Midnight);

    private static CypherDate ReadDate(Match match)
    {
        var isShort = match.Groups["shortYear"].Success;
        var prefix = isShort ? "short" : "long";
        var year = Long(match, prefix + "Year") ?? 0;
        if (Long(match, prefix + "Week") is { } week)
        {
            return CypherDate.OfWeekDate(year, week, Long(match, prefix + "Dow") ?? 1);
        }

        if (Long(match, prefix + "Doy") is { } dayOfYear)
        {
            return CypherDate.OfOrdinalDate(year, dayOfYear);
        }

        return CypherDate.Of(year, Long(match, prefix + "Month") ?? 1, Long(match, prefix + "Day") ?? 1);
    }

    private static CypherLocalTime ReadTime(Match match)
    {
        var prefix = match.Groups["longHour"].Success ? "long" : "short";
        var fraction = match.Groups[prefix + "Fraction"];
        var nanos = fraction.Success ? long.Parse(fraction.Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        return CypherLocalTime.Of(
            Long(match, prefix + "Hour") ?? 0,
            Long(match, prefix + "Minute") ?? 0,
            Long(match, prefix + "Second") ?? 0,
            nanos);
    }

    private static int? ReadOffset(Match match)
    {
        var zone = match.Groups["zone"];
        if (!zone.Success)
        {
            return null;
        }

        return CypherZone.TryParseOffset(zone.Value.ToUpperInvariant(), out var offset)
            ? offset
            : throw new CypherArgumentException($"Invalid offset: '{zone.Value}'", "InvalidArgumentValue");
    }

    private static long? Long(Match match, string group)
    {
        var value = match.Groups[group];
        return value.Success ? long.Parse(value.ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("^" + Date + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex("^T?" + Time + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LocalTimePattern();

    [GeneratedRegex("^T?" + Time + Offset + "?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    [GeneratedRegex("^" + Date + "(?<time>T" + Time + ")?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LocalDateTimePattern();

    [GeneratedRegex("^" + Date + "(?<time>T" + Time + Offset + "?" + ZoneName + "?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateTimePattern();
}
