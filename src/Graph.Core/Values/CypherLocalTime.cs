using System.Text;

namespace Graph.Core.Values;

/// <summary>Cypher's LOCAL TIME: a time of day with nanosecond precision and no offset.</summary>
public sealed class CypherLocalTime : IEquatable<CypherLocalTime>
{
    public static readonly CypherLocalTime Midnight = new(0);

    private CypherLocalTime(long nanoOfDay) => NanoOfDay = nanoOfDay;

    /// <summary>Nanoseconds since midnight, 0 … 86,399,999,999,999.</summary>
    public long NanoOfDay { get; }

    public int Hour => (int)(NanoOfDay / 3_600_000_000_000L);

    public int Minute => (int)(NanoOfDay / 60_000_000_000L % 60);

    public int Second => (int)(NanoOfDay / IsoCalendar.NanosPerSecond % 60);

    /// <summary>The fraction of the second in nanoseconds, 0 … 999,999,999.</summary>
    public int Nanosecond => (int)(NanoOfDay % IsoCalendar.NanosPerSecond);

    public long SecondOfDay => NanoOfDay / IsoCalendar.NanosPerSecond;

    public static CypherLocalTime Of(long hour, long minute, long second, long nanosecond)
    {
        CypherDate.Check("hour", hour, 0, 23);
        CypherDate.Check("minute", minute, 0, 59);
        CypherDate.Check("second", second, 0, 59);
        CypherDate.Check("nanosecond", nanosecond, 0, 999_999_999);
        return new CypherLocalTime((((hour * 60) + minute) * 60 + second) * IsoCalendar.NanosPerSecond + nanosecond);
    }

    public static CypherLocalTime OfNanoOfDay(long nanoOfDay)
    {
        CypherDate.Check("nanoOfDay", nanoOfDay, 0, IsoCalendar.NanosPerDay - 1);
        return nanoOfDay == 0 ? Midnight : new CypherLocalTime(nanoOfDay);
    }

    /// <summary>Parses Cypher's local time forms (<c>21:40:32.142</c>, <c>214032</c>, <c>21</c> …).</summary>
    public static CypherLocalTime Parse(string text) => TemporalParser.ParseLocalTime(text);

    /// <summary>Adds nanoseconds, wrapping around midnight.</summary>
    public CypherLocalTime PlusNanos(long nanos) =>
        nanos == 0 ? this : new CypherLocalTime(IsoCalendar.FloorMod(NanoOfDay + (nanos % IsoCalendar.NanosPerDay), IsoCalendar.NanosPerDay));

    public CypherLocalTime With(long? hour = null, long? minute = null, long? second = null, long? nanosecond = null) =>
        Of(hour ?? Hour, minute ?? Minute, second ?? Second, nanosecond ?? Nanosecond);

    public bool Equals(CypherLocalTime? other) => other is not null && other.NanoOfDay == NanoOfDay;

    public override bool Equals(object? obj) => Equals(obj as CypherLocalTime);

    public override int GetHashCode() => NanoOfDay.GetHashCode();

    public int CompareTo(CypherLocalTime? other) => other is null ? 1 : NanoOfDay.CompareTo(other.NanoOfDay);

    public override string ToString()
    {
        var text = new StringBuilder(18);
        TemporalFormat.AppendTime(text, NanoOfDay);
        return text.ToString();
    }
}
