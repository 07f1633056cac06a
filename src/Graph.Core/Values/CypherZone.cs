using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Graph.Core.Errors;

namespace Graph.Core.Values;

/// <summary>
/// A time zone of a Cypher DATETIME: either a fixed offset (<c>+01:00</c>, <c>Z</c>) or an IANA region
/// (<c>Europe/Stockholm</c>) whose rules come from the operating system's tz database. Regions keep their name
/// in the canonical string (<c>…+01:00[Europe/Stockholm]</c>); offsets do not.
/// </summary>
public sealed partial class CypherZone : IEquatable<CypherZone>
{
    public static readonly CypherZone Utc = new(0, null, null);

    private static readonly ConcurrentDictionary<string, CypherZone?> Regions = new(StringComparer.Ordinal);
    private static readonly Lazy<Dictionary<string, string>> RegionIdsIgnoringCase = new(LoadRegionIds);

    private readonly TimeZoneInfo? rules;

    private CypherZone(int offsetSeconds, string? regionId, TimeZoneInfo? rules)
    {
        FixedOffsetSeconds = offsetSeconds;
        RegionId = regionId;
        this.rules = rules;
    }

    /// <summary>The IANA name for a region zone, null for a fixed offset.</summary>
    public string? RegionId { get; }

    public bool IsOffset => RegionId is null;

    /// <summary>The offset of a fixed-offset zone (0 for regions; ask <see cref="OffsetAt"/>).</summary>
    public int FixedOffsetSeconds { get; }

    /// <summary>The id as Neo4j's <c>.timezone</c> accessor gives it: the region name or the offset text.</summary>
    public string Id => RegionId ?? TemporalFormat.Offset(FixedOffsetSeconds);

    public static CypherZone OfOffset(int offsetSeconds)
    {
        CypherTime.CheckOffset(offsetSeconds);
        return offsetSeconds == 0 ? Utc : new CypherZone(offsetSeconds, null, null);
    }

    /// <summary>Parses an offset (<c>Z</c>, <c>+01</c>, <c>+0100</c>, <c>-02:05:07</c>) or a region name (spaces read as underscores, case ignored).</summary>
    public static CypherZone Parse(string text) =>
        TryParse(text, out var zone) ? zone : throw new CypherArgumentException($"Invalid time zone: '{text}'", "InvalidArgumentValue");

    public static bool TryParse(string text, out CypherZone zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParseOffset(text, out var offset))
        {
            zone = OfOffset(offset);
            return true;
        }

        var region = Regions.GetOrAdd(text.Replace(' ', '_'), FindRegion);
        zone = region ?? Utc;
        return region is not null;
    }

    /// <summary>Parses <c>Z</c>, <c>±HH</c>, <c>±HHMM</c>, <c>±HH:MM</c> and <c>±HH:MM:SS</c>.</summary>
    public static bool TryParseOffset(string text, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (string.Equals(text, "Z", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var match = OffsetPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups["h"].ValueSpan, provider: null);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, provider: null) : 0;
        var seconds = match.Groups["s"].Success ? int.Parse(match.Groups["s"].ValueSpan, provider: null) : 0;
        if (hours > 18 || minutes > 59 || seconds > 59)
        {
            return false;
        }

        offsetSeconds = (text[0] == '-' ? -1 : 1) * ((hours * 3600) + (minutes * 60) + seconds);
        return Math.Abs(offsetSeconds) <= CypherTime.MaxOffsetSeconds;
    }

    /// <summary>The UTC offset in force at an instant.</summary>
    public int OffsetAt(long epochSecond)
    {
        if (rules is null)
        {
            return FixedOffsetSeconds;
        }

        // TimeZoneInfo covers years 1 … 9999; beyond that the nearest rules hold.
        const long minSecond = -62_135_596_800L;
        const long maxSecond = 253_402_300_799L;
        var clamped = Math.Clamp(epochSecond, minSecond, maxSecond);
        var utc = new DateTime(DateTime.UnixEpoch.Ticks + (clamped * TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        return (int)(rules.GetUtcOffset(utc).Ticks / TimeSpan.TicksPerSecond);
    }

    /// <summary>
    /// Finds the offset for a local date-time given as seconds since the epoch read as UTC, as java.time's
    /// ZonedDateTime.ofLocal does: in an overlap the preferred offset if valid, else the earlier one; in a gap the
    /// local time moves forward by the gap's length. Returns the offset and the (possibly moved) local seconds.
    /// </summary>
    public (int Offset, long LocalSecond) Resolve(long localSecond, int? preferredOffset = null)
    {
        if (rules is null)
        {
            return (FixedOffsetSeconds, localSecond);
        }

        var before = OffsetAt(localSecond - IsoCalendar.SecondsPerDay);
        var after = OffsetAt(localSecond + IsoCalendar.SecondsPerDay);
        var beforeValid = OffsetAt(localSecond - before) == before;
        var afterValid = OffsetAt(localSecond - after) == after;
        if (beforeValid && afterValid)
        {
            return (preferredOffset == after && before != after ? after : before, localSecond);
        }

        if (beforeValid || afterValid)
        {
            return (beforeValid ? before : after, localSecond);
        }

        return (after, localSecond + (after - before));
    }

    public bool Equals(CypherZone? other) =>
        other is not null && string.Equals(other.RegionId, RegionId, StringComparison.Ordinal) && other.FixedOffsetSeconds == FixedOffsetSeconds;

    public override bool Equals(object? obj) => Equals(obj as CypherZone);

    public override int GetHashCode() => HashCode.Combine(RegionId, FixedOffsetSeconds);

    public override string ToString() => Id;

    private static CypherZone? FindRegion(string id)
    {
        if (!RegionIdsIgnoringCase.Value.TryGetValue(id, out var canonical))
        {
            canonical = id;
        }

        try
        {
            return new CypherZone(0, canonical, TimeZoneInfo.FindSystemTimeZoneById(canonical));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> LoadRegionIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            ids.TryAdd(zone.Id, zone.Id);
        }

        return ids;
    }

    [GeneratedRegex(@"^[+-](?<h>[0-9]{2})(?::?(?<m>[0-9]{2})(?::?(?<s>[0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
