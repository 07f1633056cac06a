using Graph.Engine.Ast;
using Graph.Engine.Parsing;

namespace Graph.Engine.Tests.Parsing;

public sealed partial class CypherParserTests
{
    private static object? LiteralValue(string text) => Assert.IsType<AstLiteral>(Expression(text)).Value;

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0x1F", 31L)]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("0o17", 15L)]
    [InlineData("-0o1000000000000000000000", long.MinValue)]
    [InlineData("1_000_000", 1_000_000L)]
    public void Integer_literals_read_in_three_bases(string text, long value) => Assert.Equal(value, LiteralValue(text));

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e9", 1e9)]
    [InlineData("1E-3", 1e-3)]
    [InlineData(".1e-5", 0.1e-5)]
    [InlineData("-.1E5", -0.1e5)]
    [InlineData("123456789e300", 1.23456789e308)]
    public void Float_literals_read_fractions_and_exponents(string text, double value) => Assert.Equal(value, LiteralValue(text));

    [Fact]
    public void Boolean_null_and_special_float_words_are_literals()
    {
        Assert.Equal(true, LiteralValue("TRUE"));
        Assert.Equal(false, LiteralValue("false"));
        Assert.Null(LiteralValue("Null"));
        Assert.Equal(double.PositiveInfinity, LiteralValue("Infinity"));
        Assert.True(double.IsNaN((double)LiteralValue("NaN")!));
    }

    [Theory]
    [InlineData(@"'a\tb'", "a\tb")]
    [InlineData(@"""a\nb""", "a\nb")]
    [InlineData(@"'\b\f\r'", "\b\f\r")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    [InlineData(@"'\u4E2D\u6587'", "中文")]
    [InlineData(@"'\U0001F600'", "😀")]
    [InlineData(@"'\d+'", @"\d+")]
    [InlineData("'two\nlines'", "two\nlines")]
    [InlineData("'西青区'", "西青区")]
    [InlineData("\"it's\"", "it's")]
    public void String_literals_decode_escapes(string text, string value) => Assert.Equal(value, LiteralValue(text));

    [Theory]
    [InlineData("RETURN 9223372036854775808", SyntaxErrorDetails.IntegerOverflow)]
    [InlineData("RETURN -9223372036854775809", SyntaxErrorDetails.IntegerOverflow)]
    [InlineData("RETURN 0x8000000000000000", SyntaxErrorDetails.IntegerOverflow)]
    [InlineData("RETURN 0o1000000000000000000000", SyntaxErrorDetails.IntegerOverflow)]
    [InlineData("RETURN 1.34E999", SyntaxErrorDetails.FloatingPointOverflow)]
    [InlineData("RETURN 9223372h54775808", SyntaxErrorDetails.InvalidNumberLiteral)]
    [InlineData("RETURN 0x", SyntaxErrorDetails.InvalidNumberLiteral)]
    [InlineData("RETURN 0x1A2b3j4D5E6f7", SyntaxErrorDetails.InvalidNumberLiteral)]
    [InlineData("RETURN 0777", SyntaxErrorDetails.InvalidNumberLiteral)]
    [InlineData("RETURN 1e", SyntaxErrorDetails.InvalidNumberLiteral)]
    [InlineData("RETURN '\\uH'", SyntaxErrorDetails.InvalidUnicodeLiteral)]
    [InlineData("RETURN '\\U0011FFFF'", SyntaxErrorDetails.InvalidUnicodeLiteral)]
    [InlineData("RETURN 42 — 41", SyntaxErrorDetails.InvalidUnicodeCharacter)]
    [InlineData("RETURN 9223372#54775808", SyntaxErrorDetails.UnexpectedSyntax)]
    [InlineData("RETURN {1B2c3e67: 1}", SyntaxErrorDetails.UnexpectedSyntax)]
    public void Bad_literals_raise_the_TCK_detail(string text, string detail) => Assert.Equal(detail, SyntaxError(text).Detail);

    [Fact]
    public void Backticks_quote_names_and_double_to_escape()
    {
        Assert.Equal("a`b c", Assert.IsType<AstVariable>(Expression("`a``b c`")).Name);
        Assert.Equal("my prop", Assert.IsType<AstProperty>(Expression("n.`my prop`")).Key);
    }
}
