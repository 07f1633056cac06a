using Graph.Core.Values;

namespace Graph.Engine.Functions;

/// <summary>The instant that "now" means for a temporal function, read in a zone (UTC by default).</summary>
internal readonly record struct TemporalClock(DateTimeOffset Instant)
{
    public CypherDateTime Now(CypherZone? zone)
    {
        var ticks = Instant.UtcTicks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return CypherDateTime.OfInstant(seconds, remainder * 100, zone ?? CypherZone.Utc);
    }

    /// <summary>The offset a zone has now: what a TIME takes from a region zone.</summary>
    public int OffsetNow(CypherZone zone) => zone.OffsetAt(Instant.ToUnixTimeSeconds());
}
