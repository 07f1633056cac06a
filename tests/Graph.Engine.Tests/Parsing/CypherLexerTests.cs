using System.Numerics;
using Graph.Core.Errors;
using Graph.Engine.Parsing;

namespace Graph.Engine.Tests.Parsing;

public sealed class CypherLexerTests
{
    private static List<Token> Lex(string text) => CypherLexer.Tokenize(new SourceMap(text));

    private static List<TokenKind> Kinds(string text) => Lex(text).Select(t => t.Kind).ToList();

    [Fact]
    public void Arrows_split_into_single_symbols_the_parser_reassembles() =>
        Assert.Equal(
            [TokenKind.LeftParen, TokenKind.Identifier, TokenKind.RightParen, TokenKind.Less, TokenKind.Minus, TokenKind.Minus,
             TokenKind.Greater, TokenKind.LeftParen, TokenKind.RightParen, TokenKind.EndOfInput],
            Kinds("(a)<-->()"));

    [Fact]
    public void Two_character_operators_are_single_tokens() =>
        Assert.Equal(
            [TokenKind.NotEqual, TokenKind.BangEqual, TokenKind.LessOrEqual, TokenKind.GreaterOrEqual, TokenKind.RegexMatch,
             TokenKind.PlusEqual, TokenKind.DotDot, TokenKind.ColonColon, TokenKind.DoublePipe, TokenKind.EndOfInput],
            Kinds("<> != <= >= =~ += .. :: ||"));

    [Fact]
    public void A_range_is_not_a_float()
    {
        Assert.Equal([TokenKind.Star, TokenKind.Integer, TokenKind.DotDot, TokenKind.Integer, TokenKind.EndOfInput], Kinds("*1..3"));
        Assert.Equal([TokenKind.Star, TokenKind.DotDot, TokenKind.Integer, TokenKind.EndOfInput], Kinds("*..6"));
    }

    [Fact]
    public void Integers_carry_their_magnitude_beyond_64_bits() =>
        Assert.Equal(BigInteger.Parse("9223372036854775808", System.Globalization.CultureInfo.InvariantCulture), Lex("9223372036854775808")[0].Value);

    [Fact]
    public void Digits_running_into_letters_make_one_bad_number()
    {
        var tokens = Lex("12ab 0x 1.5e");
        Assert.Equal([TokenKind.BadNumber, TokenKind.BadNumber, TokenKind.BadNumber, TokenKind.EndOfInput], tokens.Select(t => t.Kind));
        Assert.Equal("12ab", tokens[0].Name);
    }

    [Fact]
    public void Parameters_take_names_numbers_and_quoted_names()
    {
        var tokens = Lex("$name $0 $`a b` $(");
        Assert.Equal(["name", "0", "a b"], tokens.Take(3).Select(t => t.Name));
        Assert.Equal(TokenKind.Dollar, tokens[3].Kind);
    }

    [Fact]
    public void Comments_and_Unicode_whitespace_are_skipped() =>
        Assert.Equal([TokenKind.Identifier, TokenKind.Identifier, TokenKind.EndOfInput], Kinds("a /* x */ //y\n\u3000\u00A0b"));

    [Fact]
    public void Unicode_letters_make_identifiers() =>
        Assert.Equal(["西青区", "名_1", "𠀀x"], Lex("西青区 名_1 𠀀x").Where(t => t.Kind == TokenKind.Identifier).Select(t => t.Name));

    [Fact]
    public void Unknown_characters_are_syntax_errors_at_their_position()
    {
        var error = Assert.Throws<CypherSyntaxException>(() => Lex("RETURN 1 # 2"));
        Assert.Equal((1, 10), (error.Line, error.Column));
    }
}
