using Graph.Core.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// <c>duration.between</c>, <c>inMonths</c>, <c>inDays</c> and <c>inSeconds</c> with Neo4j's (java.time's) rules for
/// mixed types: a missing time is midnight, a missing date is borrowed from the other side, a missing zone is
/// borrowed from the other side; whole months and days count only where both sides have a date, and a partial
/// day does not count as a day (10:00 → next day 09:00 is 0 days and 23 hours).
/// </summary>
internal static class TemporalBetween
{
    private const long NanosPerSecond = 1_000_000_000;
    private const long NanosPerDay = 86_400 * NanosPerSecond;

    private enum Unit
    {
        Months,
        Days,
        Seconds,
        Nanos,
    }

    public static CypherDuration Between(object from, object to)
    {
        long months = 0;
        long days = 0;
        if (HasDate(from) && HasDate(to))
        {
            months = Until(from, to, Unit.Months);
            from = PlusMonths(from, months);
            days = Until(from, to, Unit.Days);
            from = PlusDays(from, days);
        }

        var nanos = Until(from, to, Unit.Nanos);
        return CypherDuration.Of(months, days, nanos / NanosPerSecond, nanos % NanosPerSecond);
    }

    public static CypherDuration InMonths(object from, object to) => CypherDuration.Of(Until(from, to, Unit.Months), 0, 0, 0);

    public static CypherDuration InDays(object from, object to) => CypherDuration.Of(0, Until(from, to, Unit.Days), 0, 0);

    public static CypherDuration InSeconds(object from, object to)
    {
        var negate = false;
        if (HasZone(from) && !HasZone(to))
        {
            // Borrowing a zone goes from the zoned side to the local one; swap so the local side is 'from'.
            (from, to) = (to, from);
            negate = true;
        }

        var seconds = Until(from, to, Unit.Seconds);
        long nanos = NanoOfSecond(to) - NanoOfSecond(from);
        var lessThanOneSecond = seconds == 0 && HasTime(from) && HasTime(to) && SecondOfMinute(from) != SecondOfMinute(to);
        if (nanos < 0 && (seconds > 0 || lessThanOneSecond))
        {
            nanos += NanosPerSecond;
        }
        else if (nanos > 0 && (seconds < 0 || lessThanOneSecond))
        {
            nanos -= NanosPerSecond;
        }

        return negate ? CypherDuration.Of(0, 0, -seconds, -nanos) : CypherDuration.Of(0, 0, seconds, nanos);
    }

    private static long Until(object fromValue, object toValue, Unit unit)
    {
        var from = Moment.Of(fromValue).WithTime();
        var to = Moment.Of(toValue).WithTime();
        if (from.Date is not null && to.Date is null)
        {
            to = to.WithDate(from.Date);
        }
        else if (to.Date is not null && from.Date is null)
        {
            from = from.WithDate(to.Date);
        }

        if (from.Zone is not null && to.Zone is null)
        {
            to = to.WithZone(from.Zone);
        }
        else if (to.Zone is not null && from.Zone is null)
        {
            from = from.WithZone(to.Zone);
        }

        return from.Until(to, unit);
    }

    private static bool HasDate(object value) => value is CypherDate or CypherLocalDateTime or CypherDateTime;

    private static bool HasTime(object value) => value is CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;

    private static bool HasZone(object value) => value is CypherTime or CypherDateTime;

    private static int NanoOfSecond(object value) => HasTime(value) ? TemporalBuilder.LocalTimeOf(value).Nanosecond : 0;

    private static int SecondOfMinute(object value) => TemporalBuilder.LocalTimeOf(value).Second;

    private static object PlusMonths(object value, long months) => value switch
    {
        CypherDate date => date.PlusMonths(months),
        CypherLocalDateTime local => local.PlusMonths(months),
        CypherDateTime dateTime => dateTime.PlusMonths(months),
        _ => value,
    };

    private static object PlusDays(object value, long days) => value switch
    {
        CypherDate date => date.PlusDays(days),
        CypherLocalDateTime local => local.PlusDays(days),
        CypherDateTime dateTime => dateTime.PlusDays(days),
        _ => value,
    };

    /// <summary>Any temporal as optional date, local time of day, offset and zone.</summary>
    private readonly record struct Moment(CypherDate? Date, long? NanoOfDay, int? Offset, CypherZone? Zone)
    {
        public static Moment Of(object value) => value switch
        {
            CypherDate date => new(date, null, null, null),
            CypherLocalTime time => new(null, time.NanoOfDay, null, null),
            CypherTime time => new(null, time.LocalTime.NanoOfDay, time.OffsetSeconds, CypherZone.OfOffset(time.OffsetSeconds)),
            CypherLocalDateTime local => new(local.Date, local.Time.NanoOfDay, null, null),
            CypherDateTime dateTime => new(dateTime.Date, dateTime.Time.NanoOfDay, dateTime.OffsetSeconds, dateTime.Zone),
            _ => throw TemporalMap.Invalid($"Can only compute durations between temporal values, not {value}"),
        };

        public Moment WithTime() => NanoOfDay is null ? this with { NanoOfDay = 0 } : this;

        public Moment WithDate(CypherDate date) => Resolve(this with { Date = date });

        public Moment WithZone(CypherZone zone) => Resolve(this with { Zone = zone, Offset = zone.IsOffset ? zone.FixedOffsetSeconds : null });

        public long Until(Moment end, Unit unit)
        {
            if (Date is null)
            {
                // Times of day only: months and days do not apply.
                if (unit is Unit.Months or Unit.Days)
                {
                    return 0;
                }

                var nanos = (end.NanoOfDay!.Value - ((end.Offset ?? 0) * NanosPerSecond)) - (NanoOfDay!.Value - ((Offset ?? 0) * NanosPerSecond));
                return unit == Unit.Seconds ? nanos / NanosPerSecond : nanos;
            }

            if (Zone is not null && end.Zone is not null)
            {
                // Zoned, as java.time does: date units see the end in this zone, time units at this offset.
                var target = unit is Unit.Months or Unit.Days ? Zone : CypherZone.OfOffset(Offset!.Value);
                var endHere = CypherDateTime.OfInstant(end.EpochSecond(), end.NanoOfDay!.Value % NanosPerSecond, target);
                end = new Moment(endHere.Date, endHere.Time.NanoOfDay, endHere.OffsetSeconds, target);
            }

            return LocalUntil(Date, NanoOfDay!.Value, end.Date!, end.NanoOfDay!.Value, unit);
        }

        private long EpochSecond() => (Date!.EpochDay * 86_400) + (NanoOfDay!.Value / NanosPerSecond) - (Offset ?? 0);

        private static Moment Resolve(Moment m)
        {
            if (m.Date is null || m.Zone is null || m.Zone.IsOffset)
            {
                return m;
            }

            var dateTime = CypherDateTime.Of(CypherLocalDateTime.Of(m.Date, CypherLocalTime.OfNanoOfDay(m.NanoOfDay ?? 0)), m.Zone);
            return new Moment(dateTime.Date, dateTime.Time.NanoOfDay, dateTime.OffsetSeconds, m.Zone);
        }

        /// <summary>java.time's LocalDateTime.until: date units ignore an incomplete last day; time units count exactly.</summary>
        private static long LocalUntil(CypherDate startDate, long startNanos, CypherDate endDate, long endNanos, Unit unit)
        {
            if (unit is Unit.Months or Unit.Days)
            {
                var end = endDate;
                if (endDate.EpochDay > startDate.EpochDay && endNanos < startNanos)
                {
                    end = endDate.PlusDays(-1);
                }
                else if (endDate.EpochDay < startDate.EpochDay && endNanos > startNanos)
                {
                    end = endDate.PlusDays(1);
                }

                return unit == Unit.Days ? end.EpochDay - startDate.EpochDay : MonthsUntil(startDate, end);
            }

            var days = endDate.EpochDay - startDate.EpochDay;
            var time = endNanos - startNanos;
            if (days > 0 && time < 0)
            {
                days--;
                time += NanosPerDay;
            }
            else if (days < 0 && time > 0)
            {
                days++;
                time -= NanosPerDay;
            }

            return unit == Unit.Seconds
                ? checked((days * 86_400) + (time / NanosPerSecond))
                : checked((days * NanosPerDay) + time);
        }

        private static long MonthsUntil(CypherDate start, CypherDate end)
        {
            var months = ((end.Year * 12L) + end.Month) - ((start.Year * 12L) + start.Month);
            var dayDifference = end.Day - start.Day;
            if (months > 0 && dayDifference < 0)
            {
                months--;
            }
            else if (months < 0 && dayDifference > 0)
            {
                months++;
            }

            return months;
        }
    }
}
