using System.Text;

namespace Graph.Core.Values;

/// <summary>
/// Cypher's ZONED DATETIME: a local date-time, the offset in force, and the zone (a fixed offset or an IANA region).
/// Canonical strings: <c>2015-07-21T21:40:32.142+01:00</c>, <c>…+01:00[Europe/London]</c>, <c>…Z</c>.
/// Equality follows Neo4j 5: same local date-time and the same zone (offset with offset, region with region);
/// ordering is by instant, then offset, then offset zones before regions, then region name.
/// </summary>
public sealed class CypherDateTime : IEquatable<CypherDateTime>
{
    private CypherDateTime(CypherLocalDateTime local, int offsetSeconds, CypherZone zone)
    {
        Local = local;
        OffsetSeconds = offsetSeconds;
        Zone = zone;
    }

    public CypherLocalDateTime Local { get; }

    public CypherDate Date => Local.Date;

    public CypherLocalTime Time => Local.Time;

    public int OffsetSeconds { get; }

    public string Offset => TemporalFormat.Offset(OffsetSeconds);

    public CypherZone Zone { get; }

    /// <summary>Seconds of the instant since 1970-01-01T00:00Z.</summary>
    public long EpochSecond => Local.EpochSecondLocal - OffsetSeconds;

    public int Nanosecond => Local.Time.Nanosecond;

    /// <summary>Milliseconds of the instant since the epoch (Neo4j's <c>.epochMillis</c>).</summary>
    public long EpochMillis => (EpochSecond * 1000) + (Nanosecond / 1_000_000);

    /// <summary>A date-time in a zone; for region zones the offset is found as java.time's ofLocal does (gaps move forward).</summary>
    public static CypherDateTime Of(CypherLocalDateTime local, CypherZone zone, int? preferredOffset = null)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.IsOffset)
        {
            return new CypherDateTime(local, zone.FixedOffsetSeconds, zone);
        }

        var (offset, second) = zone.Resolve(local.EpochSecondLocal, preferredOffset);
        if (second != local.EpochSecondLocal)
        {
            local = local.PlusSeconds(second - local.EpochSecondLocal);
        }

        return new CypherDateTime(local, offset, zone);
    }

    public static CypherDateTime OfInstant(long epochSecond, long nanoOfSecond, CypherZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var second = epochSecond + IsoCalendar.FloorDiv(nanoOfSecond, IsoCalendar.NanosPerSecond);
        var offset = zone.OffsetAt(second);
        return new CypherDateTime(CypherLocalDateTime.OfEpochSecond(epochSecond, nanoOfSecond, offset), offset, zone);
    }

    /// <summary>Parses Cypher's date-time forms; a missing zone means UTC, an offset and a region together must agree.</summary>
    public static CypherDateTime Parse(string text) => TemporalParser.ParseDateTime(text);

    public CypherDateTime WithZoneSameInstant(CypherZone zone) => OfInstant(EpochSecond, Nanosecond, zone);

    public CypherDateTime WithZoneSameLocal(CypherZone zone) => Of(Local, zone, OffsetSeconds);

    /// <summary>Calendar arithmetic on the local date-time, re-resolved in the zone keeping the offset where valid.</summary>
    public CypherDateTime WithLocal(CypherLocalDateTime local) => Of(local, Zone, OffsetSeconds);

    public CypherDateTime PlusMonths(long months) => months == 0 ? this : WithLocal(Local.PlusMonths(months));

    public CypherDateTime PlusDays(long days) => days == 0 ? this : WithLocal(Local.PlusDays(days));

    /// <summary>Adds exact seconds and nanoseconds on the time line.</summary>
    public CypherDateTime PlusSeconds(long seconds, long nanos = 0) =>
        seconds == 0 && nanos == 0 ? this : OfInstant(checked(EpochSecond + seconds), checked(Nanosecond + nanos), Zone);

    public bool Equals(CypherDateTime? other) =>
        other is not null && other.Local.Equals(Local) && other.OffsetSeconds == OffsetSeconds && other.Zone.Equals(Zone);

    public override bool Equals(object? obj) => Equals(obj as CypherDateTime);

    public override int GetHashCode() => HashCode.Combine(EpochSecond, Nanosecond, Zone);

    public int CompareTo(CypherDateTime? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = EpochSecond.CompareTo(other.EpochSecond);
        if (order == 0)
        {
            order = Nanosecond.CompareTo(other.Nanosecond);
        }

        if (order == 0)
        {
            order = OffsetSeconds.CompareTo(other.OffsetSeconds);
        }

        if (order == 0)
        {
            order = other.Zone.IsOffset.CompareTo(Zone.IsOffset);
        }

        return order != 0 ? order : string.CompareOrdinal(Zone.RegionId, other.Zone.RegionId);
    }

    public override string ToString()
    {
        var text = new StringBuilder(Local.ToString(), 48).Append(Offset);
        if (!Zone.IsOffset)
        {
            text.Append('[').Append(Zone.RegionId).Append(']');
        }

        return text.ToString();
    }
}
