using System.Globalization;
using System.Numerics;
using System.Text;

namespace Graph.Engine.Parsing;

internal sealed partial class CypherLexer
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private Token LexNumber()
    {
        var start = _pos;
        if (_text[_pos] == '0' && (Peek(1) == 'x' || Peek(1) == 'o'))
        {
            var hex = Peek(1) == 'x';
            _pos += 2;
            var digits = ScanDigits(c => hex ? char.IsAsciiHexDigit(c) : c is >= '0' and <= '7');
            if (digits.Length == 0 || RunsIntoWord())
            {
                return BadNumber(start);
            }

            var value = BigInteger.Zero;
            foreach (var d in digits)
            {
                value = (value * (hex ? 16 : 8)) + HexValue(d);
            }

            return new Token(TokenKind.Integer, start, _pos, value);
        }

        var whole = ScanDigits(char.IsAsciiDigit);
        var isFloat = false;
        var text = new StringBuilder(whole);
        if (_pos < _text.Length && _text[_pos] == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _pos++;
            text.Append('.').Append(ScanDigits(char.IsAsciiDigit));
            isFloat = true;
        }

        if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            var save = _pos;
            _pos++;
            var sign = string.Empty;
            if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-'))
            {
                sign = _text[_pos].ToString();
                _pos++;
            }

            var exponent = ScanDigits(char.IsAsciiDigit);
            if (exponent.Length == 0)
            {
                _pos = save;
                return BadNumber(start);
            }

            text.Append('e').Append(sign).Append(exponent);
            isFloat = true;
        }

        // Neo4j 5 has no legacy octal (0777): a decimal integer other than 0 cannot start with 0.
        if (RunsIntoWord() || (!isFloat && whole.Length > 1 && whole[0] == '0'))
        {
            return BadNumber(start);
        }

        if (isFloat)
        {
            var value = double.Parse(text.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value))
            {
                throw _map.Error(start, $"Floating point number is too large: {_text[start.._pos]}", SyntaxErrorDetails.FloatingPointOverflow);
            }

            return new Token(TokenKind.Float, start, _pos, value);
        }

        return new Token(TokenKind.Integer, start, _pos, BigInteger.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToLowerInvariant(c) - 'a') + 10;

    /// <summary>Reads digits, allowing single underscores between them (<c>1_000_000</c>, as Neo4j 5 does).</summary>
    private string ScanDigits(Func<char, bool> isDigit)
    {
        var digits = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (isDigit(c))
            {
                digits.Append(c);
                _pos++;
            }
            else if (c == '_' && digits.Length > 0 && _pos + 1 < _text.Length && isDigit(_text[_pos + 1]))
            {
                _pos++;
            }
            else
            {
                break;
            }
        }

        return digits.ToString();
    }

    private bool RunsIntoWord() => _pos < _text.Length && IsIdentifierPart(_text, _pos, out _);

    /// <summary>The invalid literal runs on to the end of the word it is part of.</summary>
    private Token BadNumber(int start)
    {
        while (_pos < _text.Length && IsIdentifierPart(_text, _pos, out var width))
        {
            _pos += width;
        }

        return new Token(TokenKind.BadNumber, start, _pos, _text[start.._pos]);
    }

    private Token LexString(char quote)
    {
        var start = _pos;
        _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw _map.Error(start, "Unterminated string literal: missing closing quote");
            }

            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                return new Token(TokenKind.String, start, _pos, value.ToString());
            }

            if (c != '\\')
            {
                value.Append(c);
                _pos++;
                continue;
            }

            var escape = Peek(1);
            _pos += 2;
            switch (escape)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'r': value.Append('\r'); break;
                case '\\': value.Append('\\'); break;
                case '\'': value.Append('\''); break;
                case '"': value.Append('"'); break;
                case 'u': value.Append(UnicodeEscape(4)); break;
                case 'U': value.Append(UnicodeEscape(8)); break;
                case '\0' when _pos > _text.Length:
                    throw _map.Error(start, "Unterminated string literal: missing closing quote");
                default:
                    // An unknown escape keeps its backslash, so regular expressions like '\d+' survive.
                    value.Append('\\').Append(escape);
                    break;
            }
        }
    }

    private string UnicodeEscape(int digits)
    {
        var escapeStart = _pos - 2;
        if (_pos + digits > _text.Length || _text.AsSpan(_pos, digits).ContainsAnyExcept(HexDigits))
        {
            throw _map.Error(escapeStart, $"Invalid input '{_text[escapeStart..Math.Min(_text.Length, _pos + digits)]}': expected {digits} hexadecimal digits specifying a Unicode character", SyntaxErrorDetails.InvalidUnicodeLiteral);
        }

        var code = int.Parse(_text.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        _pos += digits;
        if (!Rune.IsValid(code))
        {
            throw _map.Error(escapeStart, $"Invalid Unicode code point U+{code:X} in string literal", SyntaxErrorDetails.InvalidUnicodeLiteral);
        }

        return new Rune(code).ToString();
    }

    private string LexEscapedName()
    {
        var start = _pos;
        _pos++;
        var name = new StringBuilder();
        while (true)
        {
            var end = _text.IndexOf('`', _pos);
            if (end < 0)
            {
                throw _map.Error(start, "Unterminated escaped name: missing closing '`'");
            }

            name.Append(_text, _pos, end - _pos);
            _pos = end + 1;
            if (_pos < _text.Length && _text[_pos] == '`')
            {
                // A doubled backtick stands for one.
                name.Append('`');
                _pos++;
                continue;
            }

            return name.ToString();
        }
    }

    private Token LexParameter()
    {
        var start = _pos;
        _pos++;
        if (_pos < _text.Length && _text[_pos] == '`')
        {
            var quoted = LexEscapedName();
            return new Token(TokenKind.Parameter, start, _pos, quoted);
        }

        if (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            var digitsStart = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }

            return new Token(TokenKind.Parameter, start, _pos, _text[digitsStart.._pos]);
        }

        if (_pos < _text.Length && IsIdentifierStart(_text, _pos, out _))
        {
            var nameStart = _pos;
            while (_pos < _text.Length && IsIdentifierPart(_text, _pos, out var width))
            {
                _pos += width;
            }

            return new Token(TokenKind.Parameter, start, _pos, _text[nameStart.._pos]);
        }

        return new Token(TokenKind.Dollar, start, _pos, null);
    }

    private Token LexIdentifier(int firstWidth)
    {
        var start = _pos;
        _pos += firstWidth;
        while (_pos < _text.Length && IsIdentifierPart(_text, _pos, out var width))
        {
            _pos += width;
        }

        return new Token(TokenKind.Identifier, start, _pos, _text[start.._pos]);
    }

    /// <summary>Identifiers start with a Unicode letter (Chinese included) or a connector such as '_'.</summary>
    private static bool IsIdentifierStart(string text, int index, out int width)
    {
        var category = CategoryAt(text, index, out width);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.ConnectorPunctuation;
    }

    private static bool IsIdentifierPart(string text, int index, out int width)
    {
        if (IsIdentifierStart(text, index, out width))
        {
            return true;
        }

        var category = CategoryAt(text, index, out width);
        return category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
    }

    private static UnicodeCategory CategoryAt(string text, int index, out int width)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return UnicodeCategory.OtherNotAssigned;
        }

        return Rune.GetUnicodeCategory(rune);
    }
}
