using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Tests.Values;

public sealed class OperatorTests
{
    [Fact]
    public void String_predicates_are_ordinal_and_null_for_non_strings()
    {
        Assert.Equal(true, StringOperators.StartsWith("ABCDEF", "AB"));
        Assert.Equal(false, StringOperators.StartsWith("abcdef", "AB"));
        Assert.Equal(true, StringOperators.EndsWith("西青区", "青区"));
        Assert.Equal(true, StringOperators.Contains("中国天津", "天"));
        Assert.Null(StringOperators.Contains("abc", null));
        Assert.Null(StringOperators.StartsWith(1L, "1"));
    }

    [Fact]
    public void Regex_match_covers_the_whole_string()
    {
        Assert.Equal(true, StringOperators.RegexMatch("ABCDEF", "AB.*"));
        Assert.Equal(false, StringOperators.RegexMatch("xABC", "AB.*"));
        Assert.Equal(true, StringOperators.RegexMatch("abc", "(?i)ABC"));
        Assert.Throws<CypherArgumentException>(() => StringOperators.RegexMatch("a", "("));
    }

    [Theory]
    [InlineData(1L, new object?[] { 1L, 2L }, true)]
    [InlineData(3L, new object?[] { 1L, 2L }, false)]
    [InlineData(3L, new object?[] { 1L, null }, null)]
    [InlineData(null, new object?[] { }, false)]
    [InlineData(null, new object?[] { 1L }, null)]
    public void In_is_three_valued(object? value, object?[] list, bool? expected) =>
        Assert.Equal(expected, ListOperators.In(value, list));

    [Fact]
    public void In_compares_nested_lists_with_null_propagation()
    {
        Assert.Equal(true, ListOperators.In(new object?[] { 1L, 2L }, new object?[] { new object?[] { 1L, 2L }, null }));
        Assert.Null(ListOperators.In(new object?[] { 1L, null }, new object?[] { new object?[] { 1L, 2L } }));
        Assert.Null(ListOperators.In(1L, null));
        Assert.Throws<CypherTypeException>(() => ListOperators.In(1L, 1L));
    }

    [Fact]
    public void Property_access_reads_maps_entities_temporals_durations_and_points()
    {
        var node = new NodeSnapshot(1, "n1", ["Project"], new Dictionary<string, object?> { ["name"] = "西青" });
        Assert.Equal("西青", PropertyAccess.Get(node, "name"));
        Assert.Null(PropertyAccess.Get(node, "missing"));
        Assert.Null(PropertyAccess.Get(null, "x"));
        Assert.Equal(1L, PropertyAccess.Get(ValueEqualityTests.Map(("a", 1L)), "a"));
        Assert.Equal(469020674645L, PropertyAccess.Get(CypherDateTime.Parse("1984-11-11T12:31:14.645876123+01:00"), "epochMillis"));
        Assert.Equal(41L, PropertyAccess.Get(CypherDate.Parse("1984-10-11"), "WEEK"));
        Assert.Equal(61L, PropertyAccess.Get(CypherDuration.Parse("P1Y4M10DT1H1M1.111111111S"), "minutes"));
        Assert.Equal(56.0, PropertyAccess.Get(CypherPoint.Wgs84(12, 56), "latitude"));
        Assert.Equal(4326L, PropertyAccess.Get(CypherPoint.Wgs84(12, 56), "srid"));
        Assert.Throws<CypherArgumentException>(() => PropertyAccess.Get(CypherLocalTime.Parse("12:00"), "year"));
        Assert.Throws<CypherTypeException>(() => PropertyAccess.Get(1L, "x"));
    }

    [Fact]
    public void Type_names_follow_Neo4j()
    {
        Assert.Equal("INTEGER", ValueTypes.TypeName(1L));
        Assert.Equal("ZONED DATETIME", ValueTypes.TypeName(CypherDateTime.Parse("2020-01-01T00:00Z")));
        Assert.Equal("LIST<ANY>", ValueTypes.TypeName(new object?[] { 1L }));
        Assert.Equal("INTEGER NOT NULL", ValueTypes.ValueType(1L));
        Assert.Equal("LIST<STRING NOT NULL> NOT NULL", ValueTypes.ValueType(new object?[] { "a", "b" }));
        Assert.Equal("NULL", ValueTypes.ValueType(null));
    }

    [Fact]
    public void Text_renders_scalars_like_toString_and_structures_like_literals()
    {
        Assert.Equal("1.0", ValueText.ToCypherString(1.0));
        Assert.Equal("[1, 'a', null]", ValueText.ToCypherString(new object?[] { 1L, "a", null }));
        Assert.Equal("{k: 1.5}", ValueText.ToCypherString(ValueEqualityTests.Map(("k", 1.5))));
        Assert.Equal("(:A {name: 'x'})", ValueText.ToCypherString(new NodeSnapshot(1, "n1", ["A"], new Dictionary<string, object?> { ["name"] = "x" })));
    }
}
