using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// The fields of a map given to a temporal constructor (<c>date({year: 1984, week: 10})</c>,
/// <c>datetime({date: d, time: t, timezone: 'Europe/Stockholm'})</c>): component values, selected temporals and
/// the zone. Keys ignore case; component values must be integers.
/// </summary>
internal sealed class TemporalMap
{
    private TemporalMap()
    {
    }

    public long? Year { get; private set; }

    public long? Quarter { get; private set; }

    public long? Month { get; private set; }

    public long? Week { get; private set; }

    public long? OrdinalDay { get; private set; }

    public long? DayOfQuarter { get; private set; }

    public long? Day { get; private set; }

    public long? DayOfWeek { get; private set; }

    public long? Hour { get; private set; }

    public long? Minute { get; private set; }

    public long? Second { get; private set; }

    public long? Millisecond { get; private set; }

    public long? Microsecond { get; private set; }

    public long? Nanosecond { get; private set; }

    public long? EpochSeconds { get; private set; }

    public long? EpochMillis { get; private set; }

    /// <summary>The temporal given as <c>date:</c>, <c>time:</c> or <c>datetime:</c>.</summary>
    public object? DateSource { get; private set; }

    public object? TimeSource { get; private set; }

    public object? DateTimeSource { get; private set; }

    public CypherZone? Timezone { get; private set; }

    /// <summary>True when a null value was given for some key: the constructor then returns null.</summary>
    public bool HasNull { get; private set; }

    public bool HasDateFields => (Year ?? Quarter ?? Month ?? Week ?? OrdinalDay ?? DayOfQuarter ?? Day ?? DayOfWeek) is not null;

    public bool HasTimeFields => (Hour ?? Minute ?? Second ?? Millisecond ?? Microsecond ?? Nanosecond) is not null;

    public bool HasSubsecond => (Millisecond ?? Microsecond ?? Nanosecond) is not null;

    /// <summary>Nothing but (at most) a time zone: the constructor means "now".</summary>
    public bool IsOnlyZone => !HasDateFields && !HasTimeFields && DateSource is null && TimeSource is null
        && DateTimeSource is null && EpochSeconds is null && EpochMillis is null;

    public static TemporalMap Parse(string function, IReadOnlyDictionary<string, object?> map)
    {
        var fields = new TemporalMap();
        foreach (var (key, value) in map)
        {
            if (value is null)
            {
                fields.HasNull = true;
                continue;
            }

            fields.Assign(function, key, value);
        }

        return fields;
    }

    /// <summary>A copy without the time zone (truncation applies the zone itself).</summary>
    public TemporalMap WithoutZone()
    {
        var copy = (TemporalMap)MemberwiseClone();
        copy.Timezone = null;
        return copy;
    }

    /// <summary>A copy selecting a temporal as the date/time/datetime base.</summary>
    public TemporalMap Selecting(object? date = null, object? time = null, object? dateTime = null)
    {
        var copy = (TemporalMap)MemberwiseClone();
        copy.DateSource = date ?? copy.DateSource;
        copy.TimeSource = time ?? copy.TimeSource;
        copy.DateTimeSource = dateTime ?? copy.DateTimeSource;
        return copy;
    }

    /// <summary>Sets a sub-second field (truncation keeps the truncated coarser part when a finer one is given).</summary>
    public TemporalMap WithSubsecond(long? millisecond, long? microsecond)
    {
        var copy = (TemporalMap)MemberwiseClone();
        copy.Millisecond ??= millisecond;
        copy.Microsecond ??= microsecond;
        return copy;
    }

    /// <summary>The sub-second nanoseconds, validated as Neo4j does: each finer unit stays below 1000 of the coarser one.</summary>
    public long Nanos()
    {
        var ms = Millisecond;
        var us = Microsecond;
        var ns = Nanosecond;
        Check("millisecond", ms, 1000);
        Check("microsecond", us, ms is null ? 1_000_000 : 1000);
        Check("nanosecond", ns, us is not null ? 1000 : ms is not null ? 1_000_000 : 1_000_000_000);
        return ((ms ?? 0) * 1_000_000) + ((us ?? 0) * 1000) + (ns ?? 0);
    }

    public static CypherArgumentException Invalid(string message) => new(message, "InvalidArgumentValue");

    private static void Check(string field, long? value, long limit)
    {
        if (value is { } v && (v < 0 || v >= limit))
        {
            throw Invalid($"Invalid value for {field} (valid values 0 - {limit - 1}): {v}");
        }
    }

    private void Assign(string function, string key, object value)
    {
        long Integer() => CypherValues.KindOf(value) == ValueKind.Integer
            ? CypherValues.AsLong(value)
            : throw Invalid($"{key} must be an integer value, but was {ValueTypes.TypeName(value)}");

        switch (key.ToUpperInvariant())
        {
            case "YEAR": Year = Integer(); break;
            case "QUARTER": Quarter = Integer(); break;
            case "MONTH": Month = Integer(); break;
            case "WEEK": Week = Integer(); break;
            case "ORDINALDAY": OrdinalDay = Integer(); break;
            case "DAYOFQUARTER": DayOfQuarter = Integer(); break;
            case "DAY": Day = Integer(); break;
            case "DAYOFWEEK" or "WEEKDAY": DayOfWeek = Integer(); break;
            case "HOUR": Hour = Integer(); break;
            case "MINUTE": Minute = Integer(); break;
            case "SECOND": Second = Integer(); break;
            case "MILLISECOND": Millisecond = Integer(); break;
            case "MICROSECOND": Microsecond = Integer(); break;
            case "NANOSECOND": Nanosecond = Integer(); break;
            case "EPOCHSECONDS": EpochSeconds = Integer(); break;
            case "EPOCHMILLIS": EpochMillis = Integer(); break;
            case "DATE": DateSource = Temporal(key, value); break;
            case "TIME": TimeSource = Temporal(key, value); break;
            case "DATETIME": DateTimeSource = Temporal(key, value); break;
            case "TIMEZONE":
                Timezone = value is string zone ? CypherZone.Parse(zone) : throw Invalid($"timezone must be a string, but was {ValueTypes.TypeName(value)}");
                break;
            default:
                throw Invalid($"No such field '{key}' for {function}()");
        }
    }

    private static object Temporal(string key, object value) =>
        CypherValues.IsTemporal(value) ? value : throw Invalid($"Cannot construct a temporal from {key}: {ValueText.ToLiteral(value)}");
}
