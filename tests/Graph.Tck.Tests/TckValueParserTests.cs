using Graph.Core.Values;
using Graph.Tck.Tests.Values;

namespace Graph.Tck.Tests;

public sealed class TckValueParserTests
{
    [Theory]
    [InlineData("null", null)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("'text'", "text")]
    [InlineData("''", "")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"'a\\b'", @"a\b")]
    [InlineData(@"'tab\there'", "tab\there")]
    [InlineData("\"double\"", "double")]
    public void Scalars_parse_to_plain_values(string text, object? expected)
    {
        Assert.Equal(expected, TckValueParser.Parse(text));
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-1", -1L)]
    [InlineData("3004498500", 3004498500L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Integers_are_64_bit(string text, long expected)
    {
        Assert.Equal(expected, Assert.IsType<long>(TckValueParser.Parse(text)));
    }

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("1e-305", 1e-305)]
    [InlineData("1.23456789e308", 1.23456789e308)]
    [InlineData("5E4", 5e4)]
    [InlineData("-1.2635418652381264e305", -1.2635418652381264e305)]
    [InlineData("Inf", double.PositiveInfinity)]
    [InlineData("-Inf", double.NegativeInfinity)]
    public void Floats_have_a_fraction_or_exponent(string text, double expected)
    {
        Assert.Equal(expected, Assert.IsType<double>(TckValueParser.Parse(text)));
    }

    [Fact]
    public void NaN_is_a_float()
    {
        Assert.True(double.IsNaN(Assert.IsType<double>(TckValueParser.Parse("NaN"))));
    }

    [Fact]
    public void An_integer_beyond_64_bits_is_rejected()
    {
        Assert.Throws<FormatException>(() => TckValueParser.Parse("9223372036854775808"));
    }

    [Fact]
    public void Lists_and_maps_nest()
    {
        var value = TckValueParser.Parse("[1, 'a', null, [], {k: [true], `a b`: {}}]");

        var list = Assert.IsType<List<object?>>(value);
        Assert.Equal(5, list.Count);
        Assert.Empty(Assert.IsType<List<object?>>(list[3]));
        var map = Assert.IsType<Dictionary<string, object?>>(list[4]);
        Assert.Equal([true], Assert.IsType<List<object?>>(map["k"]));
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(map["a b"]));
    }

    [Fact]
    public void A_backquoted_empty_key_is_allowed()
    {
        var map = Assert.IsType<Dictionary<string, object?>>(TckValueParser.Parse("{``: null}"));

        Assert.Null(map[string.Empty]);
    }

    [Fact]
    public void Nodes_carry_labels_and_properties()
    {
        var node = Assert.IsType<NodeSnapshot>(TckValueParser.Parse("(:A:B {name: 'x', n: 1})"));

        Assert.Equal(["A", "B"], node.Labels);
        Assert.Equal("x", node.Properties["name"]);
        Assert.Equal(1L, node.Properties["n"]);
    }

    [Fact]
    public void An_empty_node_has_nothing()
    {
        var node = Assert.IsType<NodeSnapshot>(TckValueParser.Parse("()"));

        Assert.Empty(node.Labels);
        Assert.Empty(node.Properties);
    }

    [Fact]
    public void A_relationship_is_told_from_a_list_by_its_colon()
    {
        var relationship = Assert.IsType<RelationshipSnapshot>(TckValueParser.Parse("[:KNOWS {since: 2020}]"));

        Assert.Equal("KNOWS", relationship.Type);
        Assert.Equal(2020L, relationship.Properties["since"]);
        Assert.IsType<List<object?>>(TckValueParser.Parse("[(:A)]"));
    }

    [Fact]
    public void Path_hops_keep_their_direction()
    {
        var path = Assert.IsType<GraphPath>(TckValueParser.Parse("<(:A)-[:T]->(:B)<-[:U]-()>"));

        Assert.Equal(2, path.Length);
        Assert.Equal(path.Nodes[0].Id, path.Relationships[0].StartId);
        Assert.Equal(path.Nodes[2].Id, path.Relationships[1].StartId);
        Assert.Equal("U", path.Relationships[1].Type);
    }

    [Fact]
    public void A_single_node_path_has_no_relationships()
    {
        Assert.Equal(0, Assert.IsType<GraphPath>(TckValueParser.Parse("<()>")).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2")]
    [InlineData("'open")]
    [InlineData("1 2")]
    [InlineData("{a 1}")]
    [InlineData("nothing")]
    public void Malformed_values_are_rejected(string text)
    {
        Assert.Throws<FormatException>(() => TckValueParser.Parse(text));
    }
}
