using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Core.Tests.Values;

public sealed class CypherDateTests
{
    [Theory]
    [InlineData("2015-07-21", "2015-07-21")]
    [InlineData("20150721", "2015-07-21")]
    [InlineData("2015-07", "2015-07-01")]
    [InlineData("201507", "2015-07-01")]
    [InlineData("2015-W30-2", "2015-07-21")]
    [InlineData("2015W302", "2015-07-21")]
    [InlineData("2015-W30", "2015-07-20")]
    [InlineData("2015-202", "2015-07-21")]
    [InlineData("2015202", "2015-07-21")]
    [InlineData("2015", "2015-01-01")]
    [InlineData("-999999999-01-01", "-999999999-01-01")]
    [InlineData("+999999999-12-31", "+999999999-12-31")]
    public void Parses_every_ISO_form_Cypher_accepts(string text, string canonical) =>
        Assert.Equal(canonical, CypherDate.Parse(text).ToString());

    [Theory]
    [InlineData(28, "0028-11-11")]
    [InlineData(-1, "-0001-11-11")]
    [InlineData(10000, "+10000-11-11")]
    [InlineData(-12345, "-12345-11-11")]
    public void Years_print_as_java_time_prints_them(int year, string expected) =>
        Assert.Equal(expected, CypherDate.Of(year, 11, 11).ToString());

    [Fact]
    public void Week_dates_follow_ISO_weeks_across_year_boundaries()
    {
        Assert.Equal("1816-12-30", CypherDate.OfWeekDate(1817, 1, 1).ToString());
        Assert.Equal("1818-12-28", CypherDate.OfWeekDate(1818, 53, 1).ToString());
        var newYear = CypherDate.Of(1984, 1, 1);
        Assert.Equal((1983, 52, 7), (newYear.WeekYear, newYear.Week, newYear.DayOfWeek));
    }

    [Fact]
    public void Components_match_the_TCK_accessors()
    {
        var date = CypherDate.Of(1984, 10, 11);
        Assert.Equal(4, date.Quarter);
        Assert.Equal(41, date.Week);
        Assert.Equal(285, date.DayOfYear);
        Assert.Equal(4, date.DayOfWeek);
        Assert.Equal(11, date.DayOfQuarter);
    }

    [Fact]
    public void Epoch_days_round_trip_over_the_whole_range()
    {
        foreach (var text in new[] { "-999999999-01-01", "0000-02-29", "1970-01-01", "2000-02-29", "+999999999-12-31" })
        {
            var date = CypherDate.Parse(text);
            Assert.Equal(date, CypherDate.OfEpochDay(date.EpochDay));
        }

        Assert.Equal(0, CypherDate.Of(1970, 1, 1).EpochDay);
    }

    [Fact]
    public void Adding_months_clamps_the_day_to_the_month()
    {
        Assert.Equal("2021-02-28", CypherDate.Of(2021, 1, 31).PlusMonths(1).ToString());
        Assert.Equal("2020-02-29", CypherDate.Of(2021, 2, 28).PlusMonths(-12).WithDay(29).ToString());
    }

    [Fact]
    public void Invalid_components_are_argument_errors()
    {
        var error = Assert.Throws<CypherArgumentException>(() => CypherDate.Of(2021, 2, 29));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Throws<CypherArgumentException>(() => CypherDate.Parse("2015-13-01"));
        Assert.Throws<CypherArgumentException>(() => CypherDate.Parse("not a date"));
    }
}
