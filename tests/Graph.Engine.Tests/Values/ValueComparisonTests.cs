using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Tests.Values;

public sealed class ValueComparisonTests
{
    [Fact]
    public void Numbers_compare_exactly_across_integer_and_float()
    {
        Assert.Equal(true, ValueComparison.LessThan(1L, 3.14));
        Assert.Equal(false, ValueComparison.LessThan(1L, 1.0));
        Assert.Equal(true, ValueComparison.LessThan(9007199254740993L, 9007199254740994.0));
        Assert.Equal(true, ValueComparison.GreaterThan(9007199254740993L, 9007199254740992.0));
    }

    [Fact]
    public void NaN_makes_every_ordering_false_but_a_string_makes_it_null()
    {
        foreach (var other in new object[] { 1L, 1.0, double.NaN })
        {
            Assert.Equal(false, ValueComparison.LessThan(double.NaN, other));
            Assert.Equal(false, ValueComparison.GreaterThanOrEqual(double.NaN, other));
        }

        Assert.Null(ValueComparison.LessThan(double.NaN, "a"));
        Assert.Null(ValueComparison.Compare(double.NaN, 1L));
    }

    [Fact]
    public void Different_types_do_not_compare()
    {
        Assert.Null(ValueComparison.LessThan("1", 1L));
        Assert.Null(ValueComparison.LessThan(true, 1L));
        Assert.Null(ValueComparison.Compare(new Dictionary<string, object?>(), new Dictionary<string, object?>()));
        Assert.Null(ValueComparison.LessThan(CypherDuration.Parse("P1D"), CypherDuration.Parse("P2D")));
        Assert.Null(ValueComparison.LessThan(CypherDate.Parse("2020-01-01"), CypherLocalDateTime.Parse("2020-01-01T00:00")));
    }

    [Theory]
    [InlineData(new object?[] { 1L, 0L }, new object?[] { 1L }, true)]
    [InlineData(new object?[] { 1L, null }, new object?[] { 1L }, true)]
    [InlineData(new object?[] { 1L, 2L }, new object?[] { 1L, null }, null)]
    [InlineData(new object?[] { 1L, "a" }, new object?[] { 1L, null }, null)]
    [InlineData(new object?[] { 1L, 2L }, new object?[] { 3L, null }, false)]
    public void Lists_compare_lexicographically(object?[] left, object?[] right, bool? greaterOrEqual) =>
        Assert.Equal(greaterOrEqual, ValueComparison.GreaterThanOrEqual(left, right));

    [Fact]
    public void Strings_and_booleans_and_temporals_of_one_type_compare()
    {
        Assert.Equal(true, ValueComparison.LessThan("B", "a"));
        Assert.Equal(true, ValueComparison.LessThan(false, true));
        Assert.Equal(true, ValueComparison.LessThan(CypherDate.Parse("1980-12-24"), CypherDate.Parse("1984-10-11")));
    }
}
