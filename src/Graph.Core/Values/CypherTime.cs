using System.Text;

namespace Graph.Core.Values;

/// <summary>
/// Cypher's ZONED TIME: a time of day with a fixed UTC offset (<c>12:31:14.645876123+01:00</c>).
/// Equal when both the local time and the offset are equal, as in Neo4j; ordered by the UTC instant of day, then offset.
/// </summary>
public sealed class CypherTime : IEquatable<CypherTime>
{
    /// <summary>Offsets range over ±18:00, as in java.time.</summary>
    public const int MaxOffsetSeconds = 18 * 3600;

    private CypherTime(CypherLocalTime localTime, int offsetSeconds)
    {
        LocalTime = localTime;
        OffsetSeconds = offsetSeconds;
    }

    public CypherLocalTime LocalTime { get; }

    public int OffsetSeconds { get; }

    /// <summary>The offset as Neo4j prints it: <c>Z</c>, <c>+01:00</c>, <c>-02:05:07</c>.</summary>
    public string Offset => TemporalFormat.Offset(OffsetSeconds);

    /// <summary>The time of day in UTC in nanoseconds, possibly outside 0 … 24h: what ordering uses.</summary>
    public long UtcNanoOfDay => LocalTime.NanoOfDay - (OffsetSeconds * IsoCalendar.NanosPerSecond);

    public static CypherTime Of(CypherLocalTime localTime, int offsetSeconds)
    {
        ArgumentNullException.ThrowIfNull(localTime);
        CheckOffset(offsetSeconds);
        return new CypherTime(localTime, offsetSeconds);
    }

    /// <summary>Parses Cypher's time forms (<c>21:40:32.142+0100</c>, <c>214032Z</c>, <c>22+18:00</c> …); no offset means UTC.</summary>
    public static CypherTime Parse(string text) => TemporalParser.ParseTime(text);

    /// <summary>The same instant of day at another offset.</summary>
    public CypherTime WithOffsetSameInstant(int offsetSeconds) =>
        Of(LocalTime.PlusNanos((offsetSeconds - OffsetSeconds) * IsoCalendar.NanosPerSecond), offsetSeconds);

    public CypherTime WithOffsetSameLocal(int offsetSeconds) => Of(LocalTime, offsetSeconds);

    public bool Equals(CypherTime? other) =>
        other is not null && other.OffsetSeconds == OffsetSeconds && other.LocalTime.Equals(LocalTime);

    public override bool Equals(object? obj) => Equals(obj as CypherTime);

    public override int GetHashCode() => HashCode.Combine(LocalTime.NanoOfDay, OffsetSeconds);

    public int CompareTo(CypherTime? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byInstant = UtcNanoOfDay.CompareTo(other.UtcNanoOfDay);
        return byInstant != 0 ? byInstant : OffsetSeconds.CompareTo(other.OffsetSeconds);
    }

    public override string ToString()
    {
        var text = new StringBuilder(24);
        TemporalFormat.AppendTime(text, LocalTime.NanoOfDay);
        return text.Append(Offset).ToString();
    }

    internal static void CheckOffset(int offsetSeconds) =>
        CypherDate.Check("offset seconds", offsetSeconds, -MaxOffsetSeconds, MaxOffsetSeconds);
}
