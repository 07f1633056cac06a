using Graph.Engine.Functions;

namespace Graph.Engine.Tests.Functions;

public sealed class FunctionRegistryTests
{
    [Theory]
    [InlineData("toUpper")]
    [InlineData("TOUPPER")]
    [InlineData("point.distance")]
    [InlineData("Date.Truncate")]
    [InlineData("datetime.fromepochmillis")]
    [InlineData("duration.inSeconds")]
    [InlineData("char_length")]
    public void Lookup_ignores_case_and_knows_namespaced_names(string name) =>
        Assert.True(FunctionRegistry.TryGetScalar(name, out _));

    [Fact]
    public void Aggregates_are_separate_from_scalars()
    {
        foreach (var name in new[] { "count", "collect", "sum", "avg", "min", "max", "percentileCont", "percentileDisc", "stDev", "StDevP" })
        {
            Assert.True(FunctionRegistry.IsAggregate(name), name);
            Assert.False(FunctionRegistry.TryGetScalar(name, out _), name);
        }

        Assert.False(FunctionRegistry.IsAggregate("size"));
    }

    [Fact]
    public void Clock_and_random_functions_are_marked_non_deterministic()
    {
        Assert.True(FunctionRegistry.TryGetScalar("rand", out var rand));
        Assert.False(rand.IsDeterministic);
        Assert.True(FunctionRegistry.TryGetScalar("datetime.realtime", out var realtime));
        Assert.False(realtime.IsDeterministic);
        Assert.True(FunctionRegistry.TryGetScalar("datetime", out var statementClock));
        Assert.True(statementClock.IsDeterministic);
    }

    [Fact]
    public void Unknown_names_are_not_found() => Assert.False(FunctionRegistry.TryGetScalar("apoc.text.join", out _));
}
