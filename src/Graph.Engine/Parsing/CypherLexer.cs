namespace Graph.Engine.Parsing;

/// <summary>
/// Splits a statement into tokens, skipping whitespace and comments. Literals are decoded here
/// (escapes, number bases), so errors inside a literal point at the literal.
/// </summary>
internal sealed partial class CypherLexer
{
    private readonly string _text;
    private readonly SourceMap _map;
    private readonly List<Token> _tokens = [];
    private int _pos;

    private CypherLexer(SourceMap map)
    {
        _map = map;
        _text = map.Text;
    }

    public static List<Token> Tokenize(SourceMap map)
    {
        var lexer = new CypherLexer(map);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.EndOfInput, _text.Length, _text.Length, null));
                return;
            }

            var before = _pos;
            _tokens.Add(Next());
            if (_pos <= before)
            {
                // Every token consumes input; anything else is a lexer bug that would loop forever.
                throw new InvalidOperationException($"The lexer made no progress at offset {before}");
            }
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                // Block comments do not nest: the first terminator closes, as in Neo4j.
                var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw _map.Error(_pos, "Unterminated comment: missing '*/'");
                }

                _pos = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private Token Next()
    {
        var start = _pos;
        var c = _text[_pos];
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            return LexNumber();
        }

        if (c == '\'' || c == '"')
        {
            return LexString(c);
        }

        if (c == '`')
        {
            var name = LexEscapedName();
            return new Token(TokenKind.EscapedIdentifier, start, _pos, name);
        }

        if (c == '$')
        {
            return LexParameter();
        }

        if (IsIdentifierStart(_text, _pos, out var width))
        {
            return LexIdentifier(width);
        }

        if (LookAlike(c) is { } lookAlike)
        {
            _pos++;
            return new Token(lookAlike, start, _pos, null);
        }

        var (kind, length) = Symbol(c, Peek(1));
        if (length == 0)
        {
            throw UnexpectedCharacter(start);
        }

        _pos += length;
        return new Token(kind, start, _pos, null);
    }

    private static (TokenKind Kind, int Length) Symbol(char c, char next) => c switch
    {
        '(' => (TokenKind.LeftParen, 1),
        ')' => (TokenKind.RightParen, 1),
        '[' => (TokenKind.LeftBracket, 1),
        ']' => (TokenKind.RightBracket, 1),
        '{' => (TokenKind.LeftBrace, 1),
        '}' => (TokenKind.RightBrace, 1),
        ',' => (TokenKind.Comma, 1),
        '.' when next == '.' => (TokenKind.DotDot, 2),
        '.' => (TokenKind.Dot, 1),
        ':' when next == ':' => (TokenKind.ColonColon, 2),
        ':' => (TokenKind.Colon, 1),
        ';' => (TokenKind.Semicolon, 1),
        '|' when next == '|' => (TokenKind.DoublePipe, 2),
        '|' => (TokenKind.Pipe, 1),
        '&' => (TokenKind.Ampersand, 1),
        '!' when next == '=' => (TokenKind.BangEqual, 2),
        '!' => (TokenKind.Bang, 1),
        '%' => (TokenKind.Percent, 1),
        '=' when next == '~' => (TokenKind.RegexMatch, 2),
        '=' => (TokenKind.Equal, 1),
        '<' when next == '>' => (TokenKind.NotEqual, 2),
        '<' when next == '=' => (TokenKind.LessOrEqual, 2),
        '<' => (TokenKind.Less, 1),
        '>' when next == '=' => (TokenKind.GreaterOrEqual, 2),
        '>' => (TokenKind.Greater, 1),
        '+' when next == '=' => (TokenKind.PlusEqual, 2),
        '+' => (TokenKind.Plus, 1),
        '-' => (TokenKind.Minus, 1),
        '*' => (TokenKind.Star, 1),
        '/' => (TokenKind.Slash, 1),
        '^' => (TokenKind.Caret, 1),
        _ => (TokenKind.EndOfInput, 0),
    };

    /// <summary>openCypher lets these stand for '-', '&lt;' and '&gt;' in relationship patterns (and only there).</summary>
    private static TokenKind? LookAlike(char c) => c switch
    {
        '\u27E8' or '\u3008' or '\uFE64' or '\uFF1C' => TokenKind.UnicodeLeftHead,
        '\u27E9' or '\u3009' or '\uFE65' or '\uFF1E' => TokenKind.UnicodeRightHead,
        _ when KeywordFacts.IsLookAlikeSymbol(c) => TokenKind.UnicodeDash,
        _ => null,
    };

    private Graph.Core.Errors.CypherSyntaxException UnexpectedCharacter(int offset)
    {
        var shown = char.IsSurrogatePair(_text, offset) ? _text.Substring(offset, 2) : _text[offset].ToString();
        return _map.Error(offset, $"Invalid input '{shown}'");
    }
}
