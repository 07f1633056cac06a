using Graph.Core.Values;

namespace Graph.Core.Tests.Values;

public sealed class CypherZoneTests
{
    [Theory]
    [InlineData("Z", 0)]
    [InlineData("+01", 3600)]
    [InlineData("+0100", 3600)]
    [InlineData("-01:30", -5400)]
    [InlineData("+02:05:59", 7559)]
    public void Offsets_parse_in_all_ISO_forms(string text, int seconds)
    {
        Assert.True(CypherZone.TryParseOffset(text, out var offset));
        Assert.Equal(seconds, offset);
    }

    [SkippableFact]
    public void Region_zones_follow_daylight_saving_time()
    {
        Skip.IfNot(CypherZone.TryParse("Europe/Stockholm", out var stockholm), "no tz database on this machine");
        var winter = CypherDateTime.Of(CypherLocalDateTime.Parse("1984-10-11T12:00"), stockholm);
        var summer = CypherDateTime.Of(CypherLocalDateTime.Parse("1984-07-20T12:00"), stockholm);
        Assert.Equal("1984-10-11T12:00+01:00[Europe/Stockholm]", winter.ToString());
        Assert.Equal("1984-07-20T12:00+02:00[Europe/Stockholm]", summer.ToString());
    }

    [SkippableFact]
    public void A_local_time_in_a_spring_gap_moves_forward_and_an_autumn_overlap_takes_the_earlier_offset()
    {
        Skip.IfNot(CypherZone.TryParse("Europe/Stockholm", out var stockholm), "no tz database on this machine");
        Assert.Equal("2017-03-26T03:30+02:00[Europe/Stockholm]", CypherDateTime.Of(CypherLocalDateTime.Parse("2017-03-26T02:30"), stockholm).ToString());
        Assert.Equal("2017-10-29T02:30+02:00[Europe/Stockholm]", CypherDateTime.Of(CypherLocalDateTime.Parse("2017-10-29T02:30"), stockholm).ToString());
        Assert.Equal("2017-10-29T02:30+01:00[Europe/Stockholm]", CypherDateTime.Of(CypherLocalDateTime.Parse("2017-10-29T02:30"), stockholm, 3600).ToString());
    }

    [Fact]
    public void Unknown_zone_names_do_not_parse() => Assert.False(CypherZone.TryParse("Mars/Olympus_Mons", out _));
}
