using Graph.Core.Errors;
using static Graph.Engine.Tests.Functions.Calls;

namespace Graph.Engine.Tests.Functions;

public sealed class MathFunctionsTests
{
    [Fact]
    public void Abs_and_sign_keep_integers()
    {
        Assert.Equal(1L, Call("abs", -1L));
        Assert.Equal(1.5, Call("abs", -1.5));
        Assert.Equal(-1L, Call("sign", -1.5));
        Assert.Equal(0L, Call("sign", 0L));
        Assert.Throws<CypherArithmeticException>(() => Call("abs", long.MinValue));
    }

    [Fact]
    public void Rounding_follows_Java()
    {
        Assert.Equal(3.0, Call("round", 2.5));
        Assert.Equal(-2.0, Call("round", -2.5));
        Assert.Equal(3.142, Call("round", 3.141592, 3L));
        Assert.Equal(-1.24, Call("round", -1.235, 2L));
        Assert.Equal(1.24, Call("round", 1.235, 2L, "HALF_EVEN"));
        Assert.Equal(1.22, Call("round", 1.225, 2L, "HALF_EVEN"));
        Assert.Equal(1.24, Call("round", 1.231, 2L, "CEILING"));
        Assert.Equal(-1.24, Call("round", -1.231, 2L, "UP"));
        Assert.Equal(1.23, Call("round", 1.235, 2L, "HALF_DOWN"));
        Assert.Equal(2.0, Call("ceil", 1.1));
        Assert.Equal(1.0, Call("floor", 1L));
        Assert.Throws<CypherArgumentException>(() => Call("round", 1.5, -1L));
        Assert.Throws<CypherArgumentException>(() => Call("round", 1.5, 1L, "SIDEWAYS"));
    }

    [Fact]
    public void Transcendental_functions_follow_IEEE()
    {
        Assert.Equal(3.6, (double)Call("sqrt", 12.96)!, 12);
        Assert.True(double.IsNaN((double)Call("sqrt", -1L)!));
        Assert.Equal(double.NegativeInfinity, Call("log", 0L));
        Assert.Equal(2.0, Call("log10", 100L));
        Assert.Equal(Math.PI, Call("pi"));
        Assert.Equal(180.0, Call("degrees", Math.PI));
        Assert.Equal(0.5, (double)Call("haversin", Math.PI / 2)!, 12);
        Assert.Equal(Math.PI / 4, Call("atan2", 1L, 1L));
    }

    [Fact]
    public void IsNaN_is_false_for_integers()
    {
        Assert.Equal(true, Call("isNaN", double.NaN));
        Assert.Equal(false, Call("isNaN", 1L));
        Assert.Null(Call("isNaN", null));
        Assert.Throws<CypherTypeException>(() => Call("isNaN", "x"));
    }

    [Fact]
    public void Rand_is_in_the_unit_interval() => Assert.InRange((double)Call("rand")!, 0.0, 1.0);
}
