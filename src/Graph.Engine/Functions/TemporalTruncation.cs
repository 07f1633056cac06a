using Graph.Core.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// <c>date.truncate(unit, temporal[, map])</c> and its siblings: cut the temporal down to the start of the unit,
/// then apply the map's components (a finer sub-second component keeps the truncated coarser part, so
/// truncating to milliseconds with <c>{nanosecond: 2}</c> gives .645000002). A zone in the map relabels the
/// truncated value with that zone, keeping its local time.
/// </summary>
internal static class TemporalTruncation
{
    private enum Unit
    {
        Millennium,
        Century,
        Decade,
        Year,
        WeekYear,
        Quarter,
        Month,
        Week,
        Day,
        Hour,
        Minute,
        Second,
        Millisecond,
        Microsecond,
    }

    public static object Truncate(string target, object? unitValue, object temporal, TemporalMap m, TemporalClock clock)
    {
        var unit = ParseUnit(unitValue);
        var isDateUnit = unit <= Unit.Day;
        switch (target)
        {
            case "date":
            {
                if (unit > Unit.Day)
                {
                    throw TemporalMap.Invalid($"Cannot truncate a date to the unit {unitValue}");
                }

                var date = TruncateDate(unit, TemporalBuilder.DateOf(temporal));
                return m.IsOnlyZone ? date : TemporalBuilder.BuildDate(m.WithoutZone().Selecting(date: date), clock);
            }

            case "localdatetime":
            {
                var local = TruncateLocal(unit, TemporalBuilder.LocalDateTimeOf(temporal));
                return m.IsOnlyZone ? local : TemporalBuilder.BuildLocalDateTime(Finer(m, unit, local.Time).WithoutZone().Selecting(dateTime: local), clock);
            }

            case "datetime":
            {
                var local = TruncateLocal(unit, TemporalBuilder.LocalDateTimeOf(temporal));
                var zone = m.Timezone ?? TemporalBuilder.ZoneOf(temporal).Zone ?? CypherZone.Utc;
                var truncated = CypherDateTime.Of(local, zone);
                var rest = Finer(m, unit, local.Time).WithoutZone();
                return rest.IsOnlyZone ? truncated : TemporalBuilder.BuildDateTime(rest.Selecting(dateTime: truncated), clock);
            }

            default:
            {
                if (isDateUnit && unit != Unit.Day)
                {
                    throw TemporalMap.Invalid($"Cannot truncate a time to the unit {unitValue}");
                }

                var time = CypherLocalTime.OfNanoOfDay(TruncateNanoOfDay(unit, TemporalBuilder.LocalTimeOf(temporal).NanoOfDay));
                var rest = Finer(m, unit, time).WithoutZone();
                if (target == "localtime")
                {
                    return rest.IsOnlyZone ? time : TemporalBuilder.BuildLocalTime(rest.Selecting(time: time), clock);
                }

                var offset = m.Timezone is { } zone ? clock.OffsetNow(zone) : TemporalBuilder.ZoneOf(temporal).Offset ?? 0;
                var zoned = CypherTime.Of(time, offset);
                return rest.IsOnlyZone ? zoned : TemporalBuilder.BuildTime(rest.Selecting(time: zoned), clock);
            }
        }
    }

    private static Unit ParseUnit(object? unit) => unit is string name && Enum.TryParse<Unit>(name, ignoreCase: true, out var parsed)
        ? parsed
        : throw TemporalMap.Invalid($"Unsupported unit for truncate: {unit}");

    /// <summary>A finer sub-second field in the map keeps the truncated value's coarser sub-second part.</summary>
    private static TemporalMap Finer(TemporalMap m, Unit unit, CypherLocalTime truncated) => unit switch
    {
        Unit.Millisecond when m.Microsecond is not null || m.Nanosecond is not null =>
            m.WithSubsecond(truncated.Nanosecond / 1_000_000, null),
        Unit.Microsecond when m.Nanosecond is not null =>
            m.WithSubsecond(null, truncated.Nanosecond / 1000),
        _ => m,
    };

    private static CypherLocalDateTime TruncateLocal(Unit unit, CypherLocalDateTime local) => unit <= Unit.Day
        ? CypherLocalDateTime.Of(TruncateDate(unit, local.Date), CypherLocalTime.Midnight)
        : CypherLocalDateTime.Of(local.Date, CypherLocalTime.OfNanoOfDay(TruncateNanoOfDay(unit, local.Time.NanoOfDay)));

    private static CypherDate TruncateDate(Unit unit, CypherDate date) => unit switch
    {
        Unit.Millennium => CypherDate.Of(FloorTo(date.Year, 1000), 1, 1),
        Unit.Century => CypherDate.Of(FloorTo(date.Year, 100), 1, 1),
        Unit.Decade => CypherDate.Of(FloorTo(date.Year, 10), 1, 1),
        Unit.Year => CypherDate.Of(date.Year, 1, 1),
        Unit.WeekYear => CypherDate.OfWeekDate(date.WeekYear, 1, 1),
        Unit.Quarter => CypherDate.Of(date.Year, ((date.Quarter - 1) * 3) + 1, 1),
        Unit.Month => CypherDate.Of(date.Year, date.Month, 1),
        Unit.Week => date.PlusDays(1 - date.DayOfWeek),
        _ => date,
    };

    private static long TruncateNanoOfDay(Unit unit, long nanoOfDay)
    {
        var step = unit switch
        {
            Unit.Hour => 3_600_000_000_000L,
            Unit.Minute => 60_000_000_000L,
            Unit.Second => 1_000_000_000L,
            Unit.Millisecond => 1_000_000L,
            Unit.Microsecond => 1000L,
            _ => 86_400_000_000_000L,
        };
        return nanoOfDay / step * step;
    }

    private static long FloorTo(long year, long step) => (year >= 0 ? year : year - step + 1) / step * step;
}
