using System.Globalization;
using System.Text;

namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>Tokenizes the small subset of Cypher the TCK expression scenarios use.</summary>
internal static class MiniLexer
{
    private static readonly string[] Symbols = ["<>", "<=", ">=", "=~", "..", "(", ")", "[", "]", "{", "}", ",", ":", ".", "+", "-", "*", "/", "%", "^", "=", "<", ">", "$", "|"];

    public static List<MiniToken> Tokenize(string text)
    {
        var tokens = new List<MiniToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new MiniToken(MiniTokenKind.Identifier, text[start..i], null, start, i));
            }
            else if (c == '`')
            {
                var close = text.IndexOf('`', i + 1);
                tokens.Add(new MiniToken(MiniTokenKind.Identifier, text[(i + 1)..close], null, start, close + 1));
                i = close + 1;
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                var isFloat = false;
                if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
                {
                    isFloat = true;
                    i++;
                    while (i < text.Length && char.IsDigit(text[i]))
                    {
                        i++;
                    }
                }

                if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
                {
                    isFloat = true;
                    i++;
                    if (text[i] is '+' or '-')
                    {
                        i++;
                    }

                    while (i < text.Length && char.IsDigit(text[i]))
                    {
                        i++;
                    }
                }

                var literal = text[start..i];
                tokens.Add(isFloat
                    ? new MiniToken(MiniTokenKind.Float, literal, double.Parse(literal, CultureInfo.InvariantCulture), start, i)
                    : new MiniToken(MiniTokenKind.Integer, literal, long.TryParse(literal, CultureInfo.InvariantCulture, out var integer) ? (object)integer : decimal.Parse(literal, CultureInfo.InvariantCulture), start, i));
            }
            else if (c is '\'' or '"')
            {
                var value = new StringBuilder();
                i++;
                while (text[i] != c)
                {
                    if (text[i] == '\\')
                    {
                        i++;
                        if (text[i] is 'u' or 'U')
                        {
                            value.Append((char)Convert.ToInt32(text.Substring(i + 1, 4), 16));
                            i += 4;
                        }
                        else
                        {
                            value.Append(text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => text[i] });
                        }
                    }
                    else
                    {
                        value.Append(text[i]);
                    }

                    i++;
                }

                i++;
                tokens.Add(new MiniToken(MiniTokenKind.String, text[start..i], value.ToString(), start, i));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new NotSupportedException($"Unexpected character '{c}'");
                i += symbol.Length;
                tokens.Add(new MiniToken(MiniTokenKind.Symbol, symbol, null, start, i));
            }
        }

        tokens.Add(new MiniToken(MiniTokenKind.End, string.Empty, null, text.Length, text.Length));
        return tokens;
    }
}
