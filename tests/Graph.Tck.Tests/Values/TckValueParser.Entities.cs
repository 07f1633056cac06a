using System.Text;
using Graph.Core.Values;

namespace Graph.Tck.Tests.Values;

internal sealed partial class TckValueParser
{
    private static readonly Dictionary<string, object?> NoProperties = new(StringComparer.Ordinal);

    private NodeSnapshot ParseNode(long id)
    {
        Expect('(');
        SkipWhitespace();
        if (pos < text.Length && IsNameStart(text[pos]))
        {
            ParseName(); // A variable name carries no meaning in a result.
        }

        var labels = new List<string>();
        SkipWhitespace();
        while (TryChar(':'))
        {
            labels.Add(ParseName());
            SkipWhitespace();
        }

        var properties = PeekIs('{') ? ParseMap() : NoProperties;
        SkipWhitespace();
        Expect(')');
        return new NodeSnapshot(id, $"expected:{id}", labels, properties);
    }

    private RelationshipSnapshot ParseRelationship(long startId, long endId)
    {
        Expect('[');
        SkipWhitespace();
        Expect(':');
        var type = ParseName();
        SkipWhitespace();
        var properties = PeekIs('{') ? ParseMap() : NoProperties;
        SkipWhitespace();
        Expect(']');
        return new RelationshipSnapshot(0, "expected", type, startId, $"expected:{startId}", endId, $"expected:{endId}", properties);
    }

    /// <summary>Parses <c>&lt;(a)-[r]-&gt;(b)&lt;-[s]-(c)&gt;</c>; node i gets id i so each relationship's start says its direction.</summary>
    private GraphPath ParsePath()
    {
        Expect('<');
        var nodes = new List<Node> { ParseNode(0) };
        var relationships = new List<Relationship>();
        while (true)
        {
            SkipWhitespace();
            if (TryChar('>'))
            {
                return new GraphPath(nodes, relationships);
            }

            long here = nodes.Count - 1;
            long next = nodes.Count;
            if (TryChar('<'))
            {
                Expect('-');
                relationships.Add(ParseRelationship(next, here));
                Expect('-');
            }
            else
            {
                Expect('-');
                relationships.Add(ParseRelationship(here, next));
                Expect('-');
                Expect('>');
            }

            SkipWhitespace();
            nodes.Add(ParseNode(next));
        }
    }

    /// <summary>A <c>[</c> followed by <c>:</c> opens a relationship; anything else opens a list.</summary>
    private bool LooksLikeRelationship()
    {
        var i = pos + 1;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == ':';
    }

    /// <summary>A key, label or type: an identifier, or a backquoted name (<c>``</c> inside is one backquote).</summary>
    private string ParseName()
    {
        if (TryChar('`'))
        {
            var sb = new StringBuilder();
            while (true)
            {
                if (pos >= text.Length)
                {
                    throw Error("unterminated backquoted name");
                }

                var c = text[pos++];
                if (c != '`')
                {
                    sb.Append(c);
                }
                else if (pos < text.Length && text[pos] == '`')
                {
                    sb.Append('`');
                    pos++;
                }
                else
                {
                    return sb.ToString();
                }
            }
        }

        var start = pos;
        while (pos < text.Length && (IsNameStart(text[pos]) || char.IsDigit(text[pos])))
        {
            pos++;
        }

        return pos > start ? text[start..pos] : throw Error("a name was expected");
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

    private void SkipWhitespace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private bool PeekIs(char c) => pos < text.Length && text[pos] == c;

    private bool TryChar(char c)
    {
        if (!PeekIs(c))
        {
            return false;
        }

        pos++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryChar(c))
        {
            throw Error($"'{c}' was expected");
        }
    }

    /// <summary>Consumes <paramref name="word"/> when it stands alone (not followed by a name character).</summary>
    private bool TryWord(string word)
    {
        if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0)
        {
            return false;
        }

        var end = pos + word.Length;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            return false;
        }

        pos = end;
        return true;
    }

    private FormatException Error(string message) => new($"{message} at {pos} in: {text}");
}
