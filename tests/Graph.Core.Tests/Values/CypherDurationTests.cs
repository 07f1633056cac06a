using Graph.Core.Values;

namespace Graph.Core.Tests.Values;

public sealed class CypherDurationTests
{
    [Theory]
    [InlineData(0, 0, 0, 0, "PT0S")]
    [InlineData(149, 14, 58390, 1, "P12Y5M14DT16H13M10.000000001S")]
    [InlineData(149, -14, 57600, 0, "P12Y5M-14DT16H")]
    [InlineData(0, 0, 660, 0, "PT11M")]
    [InlineData(0, 0, 2, -1_000_000, "PT1.999S")]
    [InlineData(0, 0, -2, 1_000_000, "PT-1.999S")]
    [InlineData(0, 0, -2, -1_000_000, "PT-2.001S")]
    [InlineData(0, 1, 0, 1_000_000, "P1DT0.001S")]
    [InlineData(0, 1, 0, -1_000_000, "P1DT-0.001S")]
    [InlineData(0, 0, -60, -1_000_000, "PT-1M-0.001S")]
    [InlineData(-149, -28, -1440, -1, "P-12Y-5M-28DT-24M-0.000000001S")]
    public void Prints_as_Neo4j_prints(long months, long days, long seconds, long nanos, string expected) =>
        Assert.Equal(expected, CypherDuration.Of(months, days, seconds, nanos).ToString());

    [Theory]
    [InlineData("P14DT16H12M", "P14DT16H12M")]
    [InlineData("P5M1.5D", "P5M1DT12H")]
    [InlineData("P0.75M", "P22DT19H51M49.5S")]
    [InlineData("PT0.75M", "PT45S")]
    [InlineData("P2.5W", "P17DT12H")]
    [InlineData("P12Y5M14DT16H12M70S", "P12Y5M14DT16H13M10S")]
    [InlineData("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S")]
    [InlineData("-PT1.5S", "PT-1.5S")]
    public void Parses_unit_and_date_based_forms(string text, string canonical) =>
        Assert.Equal(canonical, CypherDuration.Parse(text).ToString());

    [Fact]
    public void Nanoseconds_stay_within_a_second_and_borrow_from_seconds()
    {
        var duration = CypherDuration.Of(0, 0, 0, -1);
        Assert.Equal((-1L, 999_999_999), (duration.Seconds, duration.Nanoseconds));
    }

    [Fact]
    public void Equality_compares_components_not_lengths()
    {
        Assert.Equal(CypherDuration.Parse("PT70S"), CypherDuration.Parse("PT1M10S"));
        Assert.NotEqual(CypherDuration.Parse("P1D"), CypherDuration.Parse("PT24H"));
    }

    [Fact]
    public void Fractions_spill_into_smaller_units_on_average_lengths()
    {
        Assert.Equal("P6Y2M22DT13H21M8S", CypherDuration.Parse("P12Y5M14DT16H13M10.000000001S").Multiply(0.5).ToString());
        Assert.Equal("P24Y10M28DT32H26M20.000000002S", CypherDuration.Parse("P12Y5M14DT16H13M10.000000001S").Divide(0.5).ToString());
    }
}
