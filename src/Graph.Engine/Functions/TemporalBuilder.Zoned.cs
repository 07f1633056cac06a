using Graph.Core.Values;

namespace Graph.Engine.Functions;

/// <summary>Zoned date-times, and the parts of selected temporals.</summary>
internal static partial class TemporalBuilder
{
    public static CypherDateTime BuildDateTime(TemporalMap m, TemporalClock clock)
    {
        if (m.IsOnlyZone)
        {
            return clock.Now(m.Timezone);
        }

        var zone = m.Timezone;
        if (m.EpochSeconds is { } seconds)
        {
            return CypherDateTime.OfInstant(seconds, m.HasSubsecond ? m.Nanos() : 0, zone ?? CypherZone.Utc);
        }

        if (m.EpochMillis is { } millis)
        {
            return FromEpochMillis(millis, zone ?? CypherZone.Utc);
        }

        if (m.DateTimeSource is { } source)
        {
            var local = Override(LocalDateTimeOf(source), m);
            return InZone(local, ZoneOf(source), zone);
        }

        var date = ResolveDate(m) ?? throw TemporalMap.Invalid("year must be specified to construct a date time");
        if (m.TimeSource is { } timeSource)
        {
            var local = CypherLocalDateTime.Of(date, OverrideTime(LocalTimeOf(timeSource), m));
            return InZone(local, ZoneOf(timeSource), zone);
        }

        return CypherDateTime.Of(CypherLocalDateTime.Of(date, ConstructTime(m)), zone ?? CypherZone.Utc);
    }

    internal static CypherDateTime FromEpochMillis(long millis, CypherZone zone)
    {
        var seconds = Math.DivRem(millis, 1000, out var rest);
        if (rest < 0)
        {
            seconds--;
            rest += 1000;
        }

        return CypherDateTime.OfInstant(seconds, rest * 1_000_000, zone);
    }

    /// <summary>
    /// A selected zoned value keeps its zone and converts to a given zone at the same instant; a local one takes
    /// the given zone (or UTC) as it stands.
    /// </summary>
    private static CypherDateTime InZone(CypherLocalDateTime local, (CypherZone? Zone, int? Offset) source, CypherZone? target)
    {
        if (source.Zone is { } sourceZone)
        {
            var dateTime = CypherDateTime.Of(local, sourceZone, source.Offset);
            return target is null ? dateTime : dateTime.WithZoneSameInstant(target);
        }

        return CypherDateTime.Of(local, target ?? CypherZone.Utc);
    }

    internal static CypherDate DateOf(object temporal) => temporal switch
    {
        CypherDate date => date,
        CypherLocalDateTime local => local.Date,
        CypherDateTime dateTime => dateTime.Date,
        _ => throw TemporalMap.Invalid($"Cannot get the date of: {temporal}"),
    };

    internal static CypherLocalTime LocalTimeOf(object temporal) => temporal switch
    {
        CypherLocalTime time => time,
        CypherTime time => time.LocalTime,
        CypherLocalDateTime local => local.Time,
        CypherDateTime dateTime => dateTime.Time,
        _ => throw TemporalMap.Invalid($"Cannot get the time of: {temporal}"),
    };

    internal static CypherLocalDateTime LocalDateTimeOf(object temporal) => temporal switch
    {
        CypherLocalDateTime local => local,
        CypherDateTime dateTime => dateTime.Local,
        CypherDate date => CypherLocalDateTime.Of(date, CypherLocalTime.Midnight),
        _ => throw TemporalMap.Invalid($"Cannot get the date time of: {temporal}"),
    };

    /// <summary>The zone and offset of a zoned temporal (a time's zone is its fixed offset), nulls for local ones.</summary>
    internal static (CypherZone? Zone, int? Offset) ZoneOf(object temporal) => temporal switch
    {
        CypherTime time => (CypherZone.OfOffset(time.OffsetSeconds), time.OffsetSeconds),
        CypherDateTime dateTime => (dateTime.Zone, dateTime.OffsetSeconds),
        _ => (null, null),
    };
}
