using Graph.Core.Errors;
using Graph.Core.Values;
using static Graph.Engine.Tests.Functions.Calls;

namespace Graph.Engine.Tests.Functions;

public sealed class ConversionFunctionsTests
{
    [Fact]
    public void ToInteger_parses_and_truncates()
    {
        Assert.Equal(82L, Call("toInteger", 82.9));
        Assert.Equal(1L, Call("toInteger", "1.7"));
        Assert.Equal(1000L, Call("toInteger", "1e3"));
        Assert.Equal(-42L, Call("toInteger", "-42"));
        Assert.Equal(1L, Call("toInteger", true));
        Assert.Null(Call("toInteger", "foo"));
        Assert.Null(Call("toInteger", string.Empty));
        Assert.Throws<CypherTypeException>(() => Call("toInteger", "1e30"));
        Assert.Throws<CypherTypeException>(() => Call("toInteger", new object?[] { 1L }));
        Assert.Null(Call("toIntegerOrNull", new object?[] { 1L }));
    }

    [Fact]
    public void ToFloat_and_toBoolean_follow_Neo4j()
    {
        Assert.Equal(3.0, Call("toFloat", 3L));
        Assert.Equal(5.0, Call("toFloat", "5"));
        Assert.Null(Call("toFloat", "foo"));
        Assert.Throws<CypherTypeException>(() => Call("toFloat", true));
        Assert.Equal(true, Call("toBoolean", " TRUE "));
        Assert.Equal(false, Call("toBoolean", 0L));
        Assert.Null(Call("toBoolean", " tru "));
        Assert.Throws<CypherTypeException>(() => Call("toBoolean", 1.0));
        Assert.Null(Call("toBooleanOrNull", 1.0));
    }

    [Fact]
    public void ToString_renders_scalars_and_temporals()
    {
        Assert.Equal("2.3", Call("toString", 2.3));
        Assert.Equal("true", Call("toString", true));
        Assert.Equal("P1D", Call("toString", CypherDuration.Parse("P1D")));
        Assert.Throws<CypherTypeException>(() => Call("toString", new object?[] { 1L }));
        Assert.Null(Call("toStringOrNull", new Dictionary<string, object?>()));
    }

    [Fact]
    public void List_conversions_map_the_or_null_variants()
    {
        Assert.Equal<object?>([1L, 2L, null, null], (IEnumerable<object?>)Call("toIntegerList", new object?[] { 1.5, "2", "x", null })!);
        Assert.Equal<object?>([1.0, null], (IEnumerable<object?>)Call("toFloatList", new object?[] { 1L, true })!);
        Assert.Equal<object?>(["1", null], (IEnumerable<object?>)Call("toStringList", new object?[] { 1L, Array.Empty<object?>() })!);
        Assert.Equal<object?>([true, null], (IEnumerable<object?>)Call("toBooleanList", new object?[] { "true", 2.0 })!);
        Assert.Throws<CypherTypeException>(() => Call("toIntegerList", 1L));
    }
}
