using System.Text;

namespace Graph.Core.Values;

/// <summary>Cypher's LOCAL DATETIME: a date and a time of day without zone (<c>2015-07-21T21:40:32.142</c>).</summary>
public sealed class CypherLocalDateTime : IEquatable<CypherLocalDateTime>
{
    private CypherLocalDateTime(CypherDate date, CypherLocalTime time)
    {
        Date = date;
        Time = time;
    }

    public CypherDate Date { get; }

    public CypherLocalTime Time { get; }

    /// <summary>Seconds since 1970-01-01T00:00 reading this local date-time as if it were UTC.</summary>
    public long EpochSecondLocal => (Date.EpochDay * IsoCalendar.SecondsPerDay) + Time.SecondOfDay;

    public static CypherLocalDateTime Of(CypherDate date, CypherLocalTime time)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(time);
        return new CypherLocalDateTime(date, time);
    }

    /// <summary>The local date-time that is <paramref name="epochSecond"/> (UTC) shifted by <paramref name="offsetSeconds"/>.</summary>
    public static CypherLocalDateTime OfEpochSecond(long epochSecond, long nanoOfSecond, int offsetSeconds)
    {
        var local = checked(epochSecond + offsetSeconds + IsoCalendar.FloorDiv(nanoOfSecond, IsoCalendar.NanosPerSecond));
        var nano = IsoCalendar.FloorMod(nanoOfSecond, IsoCalendar.NanosPerSecond);
        var day = IsoCalendar.FloorDiv(local, IsoCalendar.SecondsPerDay);
        var secondOfDay = IsoCalendar.FloorMod(local, IsoCalendar.SecondsPerDay);
        return new CypherLocalDateTime(
            CypherDate.OfEpochDay(day),
            CypherLocalTime.OfNanoOfDay((secondOfDay * IsoCalendar.NanosPerSecond) + nano));
    }

    /// <summary>Parses Cypher's local date-time forms (<c>2015-W30-2T214032.142</c>, <c>2015202T21</c> …).</summary>
    public static CypherLocalDateTime Parse(string text) => TemporalParser.ParseLocalDateTime(text);

    public CypherLocalDateTime PlusMonths(long months) => months == 0 ? this : new(Date.PlusMonths(months), Time);

    public CypherLocalDateTime PlusDays(long days) => days == 0 ? this : new(Date.PlusDays(days), Time);

    /// <summary>Adds seconds and nanoseconds on the time line, carrying into days.</summary>
    public CypherLocalDateTime PlusSeconds(long seconds, long nanos = 0)
    {
        if (seconds == 0 && nanos == 0)
        {
            return this;
        }

        return OfEpochSecond(checked(EpochSecondLocal + seconds), checked(Time.Nanosecond + nanos), 0);
    }

    public CypherLocalDateTime WithDate(CypherDate date) => new(date, Time);

    public CypherLocalDateTime WithTime(CypherLocalTime time) => new(Date, time);

    public bool Equals(CypherLocalDateTime? other) =>
        other is not null && other.Date.Equals(Date) && other.Time.Equals(Time);

    public override bool Equals(object? obj) => Equals(obj as CypherLocalDateTime);

    public override int GetHashCode() => HashCode.Combine(Date.EpochDay, Time.NanoOfDay);

    public int CompareTo(CypherLocalDateTime? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Time.CompareTo(other.Time);
    }

    public override string ToString()
    {
        var text = new StringBuilder(32);
        TemporalFormat.AppendDate(text, Date.Year, Date.Month, Date.Day);
        text.Append('T');
        TemporalFormat.AppendTime(text, Time.NanoOfDay);
        return text.ToString();
    }
}
