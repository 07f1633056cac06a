using Graph.Core.Errors;
using Graph.Core.Values;
using static Graph.Engine.Tests.Functions.Calls;

namespace Graph.Engine.Tests.Functions;

public sealed class AggregatesTests
{
    [Fact]
    public void Count_and_collect_skip_nulls()
    {
        Assert.Equal(2L, Aggregate("count", [1L, null, "a"]));
        Assert.Equal<object?>([1L], (IEnumerable<object?>)Aggregate("collect", [null, 1L, null])!);
        Assert.Empty((IEnumerable<object?>)Aggregate("collect", [])!);
    }

    [Fact]
    public void Min_and_max_use_the_order_across_types()
    {
        Assert.Equal(2L, Aggregate("max", [1L, 2L, 0L, null, -1L]));
        Assert.Equal(5L, Aggregate("max", [1L, 2.0, 5L, null, 3.2, 0.1]));
        Assert.Equal(0.1, Aggregate("min", [1L, 2.0, 5L, null, 3.2, 0.1]));
        Assert.Equal("B", Aggregate("min", ["a", "b", "B", null, "abc", "abc1"]));
        Assert.Equal(1L, Aggregate("max", [1L, "a", null, new object?[] { 1L, 2L }, 0.2, "b"]));
        Assert.Equal<object?>([1L, 2L], (IEnumerable<object?>)Aggregate("min", [1L, "a", null, new object?[] { 1L, 2L }, 0.2, "b"])!);
        Assert.Null(Aggregate("max", [null]));
    }

    [Fact]
    public void Sum_and_avg_mix_integers_floats_and_durations()
    {
        Assert.Equal(75L, Aggregate("sum", [33L, null, 42L]));
        Assert.Equal(0L, Aggregate("sum", []));
        Assert.Equal(3.5, Aggregate("sum", [1L, 2.5]));
        Assert.Equal(2.0, Aggregate("avg", [1L, 3L]));
        Assert.Null(Aggregate("avg", [null]));
        Assert.Equal("PT1H30M", Aggregate("avg", [CypherDuration.Parse("PT1H"), CypherDuration.Parse("PT2H")])!.ToString());
        Assert.Equal("P1DT1H", Aggregate("sum", [CypherDuration.Parse("P1D"), CypherDuration.Parse("PT1H")])!.ToString());
        Assert.Throws<CypherArithmeticException>(() => Aggregate("sum", [long.MaxValue, 1L]));
        Assert.Throws<CypherTypeException>(() => Aggregate("sum", ["a"]));
    }

    [Theory]
    [InlineData(0.0, 10.0, 10.0)]
    [InlineData(0.5, 20.0, 20.0)]
    [InlineData(1.0, 30.0, 30.0)]
    [InlineData(0.25, 15.0, 10.0)]
    public void Percentiles_interpolate_or_pick_a_value(double p, double continuous, double discrete)
    {
        object?[] prices = [30.0, 10.0, 20.0];
        Assert.Equal(continuous, Aggregate("percentileCont", prices, p));
        Assert.Equal(discrete, Aggregate("percentileDisc", prices, p));
    }

    [Fact]
    public void Percentiles_outside_the_unit_interval_are_out_of_range()
    {
        Assert.Equal("NumberOutOfRange", Assert.Throws<CypherArgumentException>(() => Aggregate("percentileCont", [1.0], 1.1)).Detail);
        Assert.Throws<CypherArgumentException>(() => Aggregate("percentileDisc", [1.0], -1L));
        Assert.Equal(3L, Aggregate("percentileDisc", [1L, 2L, 3L], 0.9));
    }

    [Fact]
    public void Standard_deviations_are_sample_and_population()
    {
        object?[] values = [2L, 4L, 4L, 4L, 5L, 5L, 7L, 9L];
        Assert.Equal(2.0, Aggregate("stDevP", values));
        Assert.Equal(Math.Sqrt(32.0 / 7), (double)Aggregate("stDev", values)!, 12);
        Assert.Equal(0.0, Aggregate("stDev", [1L]));
    }
}
