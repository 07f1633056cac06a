using Graph.Core.Values;
using Graph.Tck.Tests.Values;

namespace Graph.Tck.Tests;

public sealed class TckValueFormatterTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.0", "1.0")]
    [InlineData("-0.0", "0.0")]
    [InlineData("1e308", "1e308")]
    [InlineData("1.0e308", "1e308")]
    [InlineData("0.1", "0.1")]
    [InlineData("NaN", "NaN")]
    [InlineData("-Inf", "-Inf")]
    [InlineData("{b: 1, a: [2.5, 'x']}", "{a: [2.5, 'x'], b: 1}")]
    [InlineData("(:B:A {y: 1, x: 2})", "(:A:B {x: 2, y: 1})")]
    [InlineData("({x: 2})", "({x: 2})")]
    [InlineData("[:T]", "[:T]")]
    [InlineData("<(:A)<-[:T {k: 'v'}]-(:B)>", "<(:A)<-[:T {k: 'v'}]-(:B)>")]
    [InlineData("{``: null}", "{``: null}")]
    [InlineData(@"'it\'s\\'", @"'it\'s\\'")]
    public void Parsed_values_render_canonically(string text, string expected)
    {
        Assert.Equal(expected, TckValueFormatter.Format(TckValueParser.Parse(text)));
    }

    [Fact]
    public void Integers_and_floats_render_differently()
    {
        Assert.NotEqual(TckValueFormatter.Format(1L), TckValueFormatter.Format(1.0));
    }

    [Fact]
    public void List_order_can_be_ignored_at_every_depth()
    {
        var a = TckValueParser.Parse("[[2, 1], 3]");
        var b = TckValueParser.Parse("[3, [1, 2]]");

        Assert.NotEqual(TckValueFormatter.Format(a), TckValueFormatter.Format(b));
        Assert.Equal(TckValueFormatter.Format(a, ignoreListOrder: true), TckValueFormatter.Format(b, ignoreListOrder: true));
    }

    [Fact]
    public void Engine_values_render_like_the_notation()
    {
        var node = new NodeSnapshot(7, "n7", ["Person"], new Dictionary<string, object?> { ["name"] = "Ann", ["tags"] = new object?[] { 1L, null } });
        var rel = new RelationshipSnapshot(3, "r3", "KNOWS", 8, "n8", 7, "n7", new Dictionary<string, object?>());
        var other = new NodeSnapshot(8, "n8", [], new Dictionary<string, object?>());
        var path = new GraphPath([node, other], [rel]);

        Assert.Equal("(:Person {name: 'Ann', tags: [1, null]})", TckValueFormatter.Format(node));
        Assert.Equal("<(:Person {name: 'Ann', tags: [1, null]})<-[:KNOWS]-()>", TckValueFormatter.Format(path));
    }

    [Fact]
    public void Values_of_other_types_render_as_their_quoted_string()
    {
        Assert.Equal("'2015-07-21'", TckValueFormatter.Format(new FakeTemporal("2015-07-21")));
        Assert.Equal(TckValueFormatter.Format(TckValueParser.Parse("['2015-07-21']")), TckValueFormatter.Format(new object?[] { new FakeTemporal("2015-07-21") }));
    }

    [Fact]
    public void Typed_lists_and_maps_from_an_engine_are_understood()
    {
        Assert.Equal("[1, 2]", TckValueFormatter.Format(new List<long> { 1, 2 }));
        Assert.Equal("{a: 1}", TckValueFormatter.Format(new Dictionary<string, long> { ["a"] = 1 }));
    }

    private sealed class FakeTemporal(string text)
    {
        public override string ToString() => text;
    }
}
