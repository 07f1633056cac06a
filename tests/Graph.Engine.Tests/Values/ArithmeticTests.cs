using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Tests.Values;

public sealed class ArithmeticTests
{
    [Fact]
    public void Integers_stay_integers_and_fail_on_overflow()
    {
        Assert.Equal(104L, Arithmetic.Add(99L, 5L));
        Assert.Equal(1L, Arithmetic.Subtract(Arithmetic.Multiply(Arithmetic.Divide(12L, 4L), 3L), Arithmetic.Multiply(2L, 4L)));
        Assert.Equal(-15L, Arithmetic.Multiply(Arithmetic.Divide(12L, 4L), Arithmetic.Subtract(3L, Arithmetic.Multiply(2L, 4L))));
        var overflow = Assert.Throws<CypherArithmeticException>(() => Arithmetic.Add(long.MaxValue, 1L));
        Assert.Equal(StatusCodes.ArithmeticError, overflow.Code);
        Assert.Throws<CypherArithmeticException>(() => Arithmetic.Negate(long.MinValue));
    }

    [Fact]
    public void Integer_division_by_zero_fails_but_float_division_follows_IEEE()
    {
        Assert.Equal("/ by zero", Assert.Throws<CypherArithmeticException>(() => Arithmetic.Divide(1L, 0L)).Message);
        Assert.Throws<CypherArithmeticException>(() => Arithmetic.Modulo(1L, 0L));
        Assert.Equal(double.PositiveInfinity, Arithmetic.Divide(1.0, 0L));
        Assert.True(double.IsNaN((double)Arithmetic.Divide(0.0, 0.0)!));
        Assert.Equal(-3L, Arithmetic.Divide(-7L, 2L));
        Assert.Equal(-1L, Arithmetic.Modulo(-7L, 2L));
    }

    [Fact]
    public void Power_is_always_a_float()
    {
        Assert.Equal(64.0, Arithmetic.Power(4L, 3L));
        Assert.Equal(0.5, Arithmetic.Power(2L, -1L));
    }

    [Fact]
    public void Plus_concatenates_lists_and_appends_or_prepends_elements()
    {
        Assert.Equal<object?>([1L, 10L, 100L, 4L, 5L], (List<object?>)Arithmetic.Add(new object?[] { 1L, 10L, 100L }, new object?[] { 4L, 5L })!);
        Assert.Equal<object?>([false, true, false], (List<object?>)Arithmetic.Add(new object?[] { false, true }, false)!);
        Assert.Equal<object?>([0L, 1L], (List<object?>)Arithmetic.Add(0L, new object?[] { 1L })!);
        Assert.Null(Arithmetic.Add(new object?[] { 1L }, null));
    }

    [Fact]
    public void Plus_concatenates_strings_with_scalars()
    {
        Assert.Equal("ab", Arithmetic.Add("a", "b"));
        Assert.Equal("a1", Arithmetic.Add("a", 1L));
        Assert.Equal("1.0a", Arithmetic.Add(1.0, "a"));
        Assert.Equal("atrue", Arithmetic.Add("a", true));
        Assert.Equal("d: 2020-01-01", Arithmetic.Add("d: ", CypherDate.Parse("2020-01-01")));
    }

    [Fact]
    public void Temporals_take_durations_unit_by_unit()
    {
        var duration = CypherDuration.Parse("P12Y5M14DT16H12M70.000000002S");
        Assert.Equal("1997-03-25", Arithmetic.Add(CypherDate.Parse("1984-10-11"), duration)!.ToString());
        Assert.Equal("1972-04-27", Arithmetic.Subtract(CypherDate.Parse("1984-10-11"), duration)!.ToString());
        Assert.Equal("04:44:24.000000003", Arithmetic.Add(CypherLocalTime.Parse("12:31:14.000000001"), duration)!.ToString());
        Assert.Equal("1997-03-26T04:44:24.000000003+01:00", Arithmetic.Add(duration, CypherDateTime.Parse("1984-10-11T12:31:14.000000001+01:00"))!.ToString());
        Assert.Equal("PT0S", Arithmetic.Subtract(duration, duration)!.ToString());
        Assert.Equal("P24Y10M28DT32H26M20.000000004S", Arithmetic.Multiply(2L, duration)!.ToString());
    }

    [Fact]
    public void Wrong_types_are_type_errors_with_the_TCK_detail()
    {
        var error = Assert.Throws<CypherTypeException>(() => Arithmetic.Subtract("a", 1L));
        Assert.Equal("InvalidArgumentType", error.Detail);
        Assert.Throws<CypherTypeException>(() => Arithmetic.Add(true, 1L));
        Assert.Throws<CypherTypeException>(() => Arithmetic.Multiply(CypherDate.Parse("2020-01-01"), 2L));
    }
}
