using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// <c>x.key</c> on any value: map entries and entity properties (null when absent), the components of temporals
/// (<c>.year</c>, <c>.week</c>, <c>.epochMillis</c>, <c>.timezone</c> …), durations (<c>.days</c>, <c>.hours</c>,
/// <c>.minutesOfHour</c> …) and points (<c>.x</c>, <c>.latitude</c>, <c>.srid</c> …). Component names ignore case.
/// null in, null out.
/// </summary>
public static class PropertyAccess
{
    public static object? Get(object? target, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        switch (target)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(key, out var value) ? value : null;
            case GraphEntity entity:
                return entity.Properties.TryGetValue(key, out var property) ? property : null;
            case CypherDuration duration:
                return DurationField(duration, key);
            case CypherPoint point:
                return PointField(point, key);
            default:
                if (CypherValues.IsTemporal(target))
                {
                    return TemporalField(target, key);
                }

                throw new CypherTypeException(
                    $"Type mismatch: expected a map, node, relationship, temporal or point but was {ValueTypes.TypeName(target)}",
                    "InvalidArgumentType");
        }
    }

    private static object TemporalField(object temporal, string key)
    {
        var date = temporal switch
        {
            CypherDate d => d,
            CypherLocalDateTime l => l.Date,
            CypherDateTime z => z.Date,
            _ => null,
        };
        var time = temporal switch
        {
            CypherLocalTime t => t,
            CypherTime t => t.LocalTime,
            CypherLocalDateTime l => l.Time,
            CypherDateTime z => z.Time,
            _ => null,
        };
        var name = key.ToUpperInvariant();
        object? result = name switch
        {
            "YEAR" => date?.Year,
            "QUARTER" => date?.Quarter,
            "MONTH" => date?.Month,
            "WEEK" => date?.Week,
            "WEEKYEAR" => date?.WeekYear,
            "DAYOFQUARTER" or "QUARTERDAY" => date?.DayOfQuarter,
            "DAY" => date?.Day,
            "ORDINALDAY" => date?.DayOfYear,
            "DAYOFWEEK" or "WEEKDAY" => date?.DayOfWeek,
            "HOUR" => time?.Hour,
            "MINUTE" => time?.Minute,
            "SECOND" => time?.Second,
            "MILLISECOND" => time is null ? null : time.Nanosecond / 1_000_000,
            "MICROSECOND" => time is null ? null : time.Nanosecond / 1000,
            "NANOSECOND" => time?.Nanosecond,
            _ => null,
        };
        if (result is int number)
        {
            return (long)number;
        }

        switch (temporal, name)
        {
            case (CypherTime t, "TIMEZONE" or "OFFSET"):
                return t.Offset;
            case (CypherTime t, "OFFSETMINUTES"):
                return (long)(t.OffsetSeconds / 60);
            case (CypherTime t, "OFFSETSECONDS"):
                return (long)t.OffsetSeconds;
            case (CypherDateTime z, "TIMEZONE"):
                return z.Zone.Id;
            case (CypherDateTime z, "OFFSET"):
                return z.Offset;
            case (CypherDateTime z, "OFFSETMINUTES"):
                return (long)(z.OffsetSeconds / 60);
            case (CypherDateTime z, "OFFSETSECONDS"):
                return (long)z.OffsetSeconds;
            case (CypherDateTime z, "EPOCHSECONDS"):
                return z.EpochSecond;
            case (CypherDateTime z, "EPOCHMILLIS"):
                return z.EpochMillis;
            default:
                throw NoSuchField(temporal, key);
        }
    }

    private static long DurationField(CypherDuration d, string key) => key.ToUpperInvariant() switch
    {
        "YEARS" => d.Months / 12,
        "QUARTERS" => d.Months / 3,
        "MONTHS" => d.Months,
        "WEEKS" => d.Days / 7,
        "DAYS" => d.Days,
        "HOURS" => d.Seconds / 3600,
        "MINUTES" => d.Seconds / 60,
        "SECONDS" => d.Seconds,
        "MILLISECONDS" => (d.Seconds * 1000) + (d.Nanoseconds / 1_000_000),
        "MICROSECONDS" => (d.Seconds * 1_000_000) + (d.Nanoseconds / 1000),
        "NANOSECONDS" => (d.Seconds * 1_000_000_000) + d.Nanoseconds,
        "QUARTERSOFYEAR" => d.Months / 3 % 4,
        "MONTHSOFQUARTER" => d.Months % 3,
        "MONTHSOFYEAR" => d.Months % 12,
        "DAYSOFWEEK" => d.Days % 7,
        "MINUTESOFHOUR" => d.Seconds / 60 % 60,
        "SECONDSOFMINUTE" => d.Seconds % 60,
        "MILLISECONDSOFSECOND" => d.Nanoseconds / 1_000_000,
        "MICROSECONDSOFSECOND" => d.Nanoseconds / 1000,
        "NANOSECONDSOFSECOND" => d.Nanoseconds,
        _ => throw NoSuchField(d, key),
    };

    private static object PointField(CypherPoint point, string key)
    {
        switch (key.ToUpperInvariant())
        {
            case "X":
                return point.X;
            case "Y":
                return point.Y;
            case "Z" when point.Z is { } z:
                return z;
            case "LONGITUDE" when point.IsGeographic:
                return point.X;
            case "LATITUDE" when point.IsGeographic:
                return point.Y;
            case "HEIGHT" when point.IsGeographic && point.Z is { } height:
                return height;
            case "CRS":
                return point.Crs;
            case "SRID":
                return (long)point.Srid;
            default:
                throw new CypherArgumentException(
                    $"Field: {key} is not available on a point with crs '{point.Crs}'", "InvalidArgumentValue");
        }
    }

    private static CypherArgumentException NoSuchField(object value, string key) =>
        new($"No such field: {key} on a {ValueTypes.TypeName(value)}", "InvalidArgumentValue");
}
