using Graph.Core.Values;

namespace Graph.Core.Tests.Values;

public sealed class CypherTemporalTextTests
{
    [Theory]
    [InlineData("21:40:32.142", "21:40:32.142")]
    [InlineData("214032", "21:40:32")]
    [InlineData("21", "21:00")]
    [InlineData("12:31:14.645876", "12:31:14.645876")]
    [InlineData("12:31:14.000000003", "12:31:14.000000003")]
    public void Local_times_print_minutes_always_and_seconds_and_fractions_only_when_set(string text, string expected) =>
        Assert.Equal(expected, CypherLocalTime.Parse(text).ToString());

    [Theory]
    [InlineData("21:40:32.142+0100", "21:40:32.142+01:00")]
    [InlineData("214032.142Z", "21:40:32.142Z")]
    [InlineData("2140-00:00", "21:40Z")]
    [InlineData("22+18:00", "22:00+18:00")]
    public void Times_print_their_offset(string text, string expected) =>
        Assert.Equal(expected, CypherTime.Parse(text).ToString());

    [Theory]
    [InlineData("2015-07-21T21:40:32.142+0100", "2015-07-21T21:40:32.142+01:00")]
    [InlineData("2015-W30-2T214032.142Z", "2015-07-21T21:40:32.142Z")]
    [InlineData("2015T214032-0100", "2015-01-01T21:40:32-01:00")]
    [InlineData("2015-07-21", "2015-07-21T00:00Z")]
    public void Date_times_parse_and_print_canonically(string text, string expected) =>
        Assert.Equal(expected, CypherDateTime.Parse(text).ToString());

    [SkippableFact]
    public void Date_times_with_a_region_keep_the_region_in_brackets()
    {
        Skip.IfNot(CypherZone.TryParse("Europe/London", out _), "no tz database on this machine");
        Assert.Equal("2015-07-21T21:40:32.142+01:00[Europe/London]", CypherDateTime.Parse("2015-07-21T21:40:32.142[Europe/London]").ToString());
    }

    [Fact]
    public void Zoned_values_are_equal_only_with_the_same_local_time_and_zone()
    {
        Assert.Equal(CypherTime.Parse("12:00+01:00"), CypherTime.Parse("12:00+01:00"));
        Assert.NotEqual(CypherTime.Parse("12:00+01:00"), CypherTime.Parse("11:00Z"));
        Assert.Equal(0, CypherTime.Parse("12:00+01:00").CompareTo(CypherTime.Parse("12:00+01:00")));
        Assert.True(CypherTime.Parse("12:00+01:00").CompareTo(CypherTime.Parse("11:30Z")) < 0);
        Assert.NotEqual(CypherDateTime.Parse("2020-01-01T01:00+01:00"), CypherDateTime.Parse("2020-01-01T00:00Z"));
    }

    [Fact]
    public void Points_print_as_Neo4j_prints_them()
    {
        Assert.Equal("point({x: 1.0, y: 2.5, crs: 'cartesian'})", CypherPoint.Cartesian(1, 2.5).ToString());
        Assert.Equal("point({x: 12.0, y: 56.0, z: 100.0, crs: 'wgs-84-3d'})", CypherPoint.Wgs843D(12, 56, 100).ToString());
    }
}
