using System.Globalization;
using System.Text;
using Graph.Core.Values;

namespace Graph.Tck.Tests.Values;

/// <summary>
/// Parses the TCK's value notation into the same .NET shapes a <see cref="Graph.Core.Store.QueryResult"/>
/// carries: null, bool, long, double, string, <c>List&lt;object?&gt;</c>, <c>Dictionary&lt;string, object?&gt;</c>,
/// and <see cref="NodeSnapshot"/> / <see cref="RelationshipSnapshot"/> / <see cref="GraphPath"/> for
/// <c>(:A {k: v})</c>, <c>[:T {k: v}]</c> and <c>&lt;(:A)-[:T]-&gt;(:B)&gt;</c>. Expected entities get
/// synthetic ids: they are compared by labels/type and properties only, and a path's ids only encode
/// each hop's direction.
/// </summary>
internal sealed partial class TckValueParser
{
    private readonly string text;
    private int pos;

    private TckValueParser(string text)
    {
        this.text = text;
    }

    /// <summary>Parses one complete value.</summary>
    /// <exception cref="FormatException">The text is not one value in the notation.</exception>
    public static object? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TckValueParser(text);
        var value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser.pos != text.Length)
        {
            throw parser.Error("unexpected text after the value");
        }

        return value;
    }

    private object? ParseValue()
    {
        SkipWhitespace();
        if (pos >= text.Length)
        {
            throw Error("a value was expected");
        }

        var c = text[pos];
        switch (c)
        {
            case '\'':
            case '"':
                return ParseString();
            case '[':
                return LooksLikeRelationship() ? ParseRelationship(0, 1) : ParseList();
            case '{':
                return ParseMap();
            case '(':
                return ParseNode(0);
            case '<':
                return ParsePath();
            default:
                break;
        }

        if (TryWord("null"))
        {
            return null;
        }

        if (TryWord("true"))
        {
            return true;
        }

        if (TryWord("false"))
        {
            return false;
        }

        if (TryWord("NaN"))
        {
            return double.NaN;
        }

        if (TryWord("Inf") || TryWord("Infinity"))
        {
            return double.PositiveInfinity;
        }

        if (TryWord("-Inf") || TryWord("-Infinity"))
        {
            return double.NegativeInfinity;
        }

        return ParseNumber();
    }

    private object ParseNumber()
    {
        var start = pos;
        if (pos < text.Length && (text[pos] == '-' || text[pos] == '+'))
        {
            pos++;
        }

        var isFloat = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsAsciiDigit(c))
            {
                pos++;
            }
            else if (c == '.' || c == 'e' || c == 'E')
            {
                isFloat = true;
                pos++;
                if ((c == 'e' || c == 'E') && pos < text.Length && (text[pos] == '-' || text[pos] == '+'))
                {
                    pos++;
                }
            }
            else
            {
                break;
            }
        }

        var literal = text[start..pos];
        if (literal.Length == 0 || literal is "-" or "+")
        {
            throw Error("a value was expected");
        }

        if (isFloat)
        {
            return double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d
                : throw Error($"'{literal}' is not a float");
        }

        return long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw Error($"'{literal}' is not a 64-bit integer");
    }

    private string ParseString()
    {
        var quote = text[pos++];
        var sb = new StringBuilder();
        while (true)
        {
            if (pos >= text.Length)
            {
                throw Error("unterminated string");
            }

            var c = text[pos++];
            if (c == quote)
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (pos >= text.Length)
            {
                throw Error("unterminated escape");
            }

            var e = text[pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u': sb.Append(ReadCodePoint(4)); break;
                case 'U': sb.Append(ReadCodePoint(8)); break;
                default: sb.Append(e); break;
            }
        }
    }

    private string ReadCodePoint(int digits)
    {
        if (pos + digits > text.Length
            || !int.TryParse(text.AsSpan(pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw Error("bad unicode escape");
        }

        pos += digits;
        return char.ConvertFromUtf32(code);
    }

    private List<object?> ParseList()
    {
        Expect('[');
        var items = new List<object?>();
        SkipWhitespace();
        if (TryChar(']'))
        {
            return items;
        }

        do
        {
            items.Add(ParseValue());
            SkipWhitespace();
        }
        while (TryChar(','));

        Expect(']');
        return items;
    }

    private Dictionary<string, object?> ParseMap()
    {
        Expect('{');
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipWhitespace();
        if (TryChar('}'))
        {
            return map;
        }

        do
        {
            SkipWhitespace();
            var key = ParseName();
            SkipWhitespace();
            Expect(':');
            if (!map.TryAdd(key, ParseValue()))
            {
                throw Error($"duplicate key '{key}'");
            }

            SkipWhitespace();
        }
        while (TryChar(','));

        Expect('}');
        return map;
    }
}
