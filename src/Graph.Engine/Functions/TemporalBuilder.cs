using Graph.Core.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// Builds temporals from constructor maps as Neo4j does: components default from the coarsest given (year, then
/// month/week/ordinal day/quarter, then the day), a selected <c>date</c>/<c>time</c>/<c>datetime</c> is the base
/// that components override, and a zone either relabels local values or converts zoned ones to the same instant.
/// </summary>
internal static partial class TemporalBuilder
{
    public static CypherDate BuildDate(TemporalMap m, TemporalClock clock)
    {
        if (m.IsOnlyZone)
        {
            return clock.Now(m.Timezone).Date;
        }

        return ResolveDate(m) ?? throw TemporalMap.Invalid("year must be specified to construct a date");
    }

    public static CypherLocalTime BuildLocalTime(TemporalMap m, TemporalClock clock)
    {
        if (m.IsOnlyZone)
        {
            return clock.Now(m.Timezone).Time;
        }

        return m.TimeSource is { } source ? OverrideTime(LocalTimeOf(source), m) : ConstructTime(m);
    }

    public static CypherTime BuildTime(TemporalMap m, TemporalClock clock)
    {
        if (m.IsOnlyZone)
        {
            var now = clock.Now(m.Timezone);
            return CypherTime.Of(now.Time, now.OffsetSeconds);
        }

        var zoneOffset = m.Timezone is { } zone ? (int?)clock.OffsetNow(zone) : null;
        if (m.TimeSource is { } source)
        {
            var local = OverrideTime(LocalTimeOf(source), m);
            var (_, sourceOffset) = ZoneOf(source);
            if (sourceOffset is { } offset)
            {
                var time = CypherTime.Of(local, offset);
                return zoneOffset is { } target ? time.WithOffsetSameInstant(target) : time;
            }

            return CypherTime.Of(local, zoneOffset ?? 0);
        }

        return CypherTime.Of(ConstructTime(m), zoneOffset ?? 0);
    }

    public static CypherLocalDateTime BuildLocalDateTime(TemporalMap m, TemporalClock clock)
    {
        if (m.IsOnlyZone)
        {
            return clock.Now(m.Timezone).Local;
        }

        if (m.DateTimeSource is { } source)
        {
            return Override(LocalDateTimeOf(source), m);
        }

        var date = ResolveDate(m) ?? throw TemporalMap.Invalid("year must be specified to construct a local date time");
        var time = m.TimeSource is { } timeSource ? OverrideTime(LocalTimeOf(timeSource), m) : ConstructTime(m);
        return CypherLocalDateTime.Of(date, time);
    }

    /// <summary>The date of the selected or constructed date components, or null when none are given.</summary>
    private static CypherDate? ResolveDate(TemporalMap m)
    {
        if ((m.DateSource ?? m.DateTimeSource) is { } source)
        {
            return OverrideDate(DateOf(source), m);
        }

        return m.HasDateFields ? ConstructDate(m) : null;
    }

    private static CypherDate ConstructDate(TemporalMap m)
    {
        var year = m.Year ?? throw TemporalMap.Invalid("year must be specified");
        if (m.Week is { } week)
        {
            Forbid(m, "week", m.Month, m.Day, m.OrdinalDay, m.Quarter, m.DayOfQuarter);
            return CypherDate.OfWeekDate(year, week, m.DayOfWeek ?? 1);
        }

        if (m.DayOfWeek is not null)
        {
            throw TemporalMap.Invalid("dayOfWeek cannot be specified without week");
        }

        if (m.OrdinalDay is { } ordinalDay)
        {
            Forbid(m, "ordinalDay", m.Month, m.Day, m.Quarter, m.DayOfQuarter);
            return CypherDate.OfOrdinalDate(year, ordinalDay);
        }

        if (m.Quarter is { } quarter)
        {
            Forbid(m, "quarter", m.Month, m.Day);
            return CypherDate.OfQuarterDate(year, quarter, m.DayOfQuarter ?? 1);
        }

        if (m.DayOfQuarter is not null)
        {
            throw TemporalMap.Invalid("dayOfQuarter cannot be specified without quarter");
        }

        if (m.Day is not null && m.Month is null)
        {
            throw TemporalMap.Invalid("day cannot be specified without month");
        }

        return CypherDate.Of(year, m.Month ?? 1, m.Day ?? 1);
    }

    /// <summary>Applies components to a base date in Neo4j's field order; with a week, the year is the week-based year.</summary>
    private static CypherDate OverrideDate(CypherDate date, TemporalMap m)
    {
        if (m.Year is { } year)
        {
            date = m.Week is null ? date.WithYear(year) : date.WithWeekYear(year);
        }

        if (m.Quarter is { } quarter)
        {
            date = date.WithQuarter(quarter);
        }

        if (m.Month is { } month)
        {
            date = date.WithMonth(month);
        }

        if (m.Week is { } week)
        {
            date = date.WithWeek(week);
        }

        if (m.OrdinalDay is { } ordinalDay)
        {
            date = date.WithDayOfYear(ordinalDay);
        }

        if (m.DayOfQuarter is { } dayOfQuarter)
        {
            date = date.WithDayOfQuarter(dayOfQuarter);
        }

        if (m.Day is { } day)
        {
            date = date.WithDay(day);
        }

        return m.DayOfWeek is { } dayOfWeek ? date.WithDayOfWeek(dayOfWeek) : date;
    }

    private static CypherLocalTime ConstructTime(TemporalMap m)
    {
        if (m.Minute is not null && m.Hour is null)
        {
            throw TemporalMap.Invalid("minute cannot be specified without hour");
        }

        if (m.Second is not null && m.Minute is null)
        {
            throw TemporalMap.Invalid("second cannot be specified without minute");
        }

        if (m.HasSubsecond && m.Second is null)
        {
            throw TemporalMap.Invalid("subsecond cannot be specified without second");
        }

        return CypherLocalTime.Of(m.Hour ?? 0, m.Minute ?? 0, m.Second ?? 0, m.Nanos());
    }

    private static CypherLocalTime OverrideTime(CypherLocalTime time, TemporalMap m) =>
        m.HasTimeFields ? time.With(m.Hour, m.Minute, m.Second, m.HasSubsecond ? m.Nanos() : null) : time;

    private static CypherLocalDateTime Override(CypherLocalDateTime local, TemporalMap m) =>
        CypherLocalDateTime.Of(OverrideDate(local.Date, m), OverrideTime(local.Time, m));

    private static void Forbid(TemporalMap m, string group, params long?[] others)
    {
        if (others.Any(o => o is not null))
        {
            throw TemporalMap.Invalid($"Cannot mix {group}-based fields with other date fields: {m}");
        }
    }
}
