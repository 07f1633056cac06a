using System.Text;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>Renders values as text: Cypher's <c>toString()</c> for scalars and a literal-like form for the rest.</summary>
public static class ValueText
{
    /// <summary>
    /// Strings as they are, integers in decimal, floats the Java way (<c>1.0</c>, <c>1.0E20</c>, <c>NaN</c>), booleans
    /// as <c>true</c>/<c>false</c>, temporals, durations and points in their canonical form; lists, maps and graph
    /// entities as Cypher-like literals (<c>[1, 'a']</c>, <c>{k: 1}</c>, <c>(:A {name: 'x'})</c>); null as <c>null</c>.
    /// </summary>
    public static string ToCypherString(object? value) => value switch
    {
        null => "null",
        string s => s,
        char c => c.ToString(),
        _ => Literal(value, quoteStrings: false, int.MaxValue),
    };

    /// <summary>
    /// A Cypher-literal rendering with strings quoted: for messages and debugging, so cut after a few hundred
    /// characters (an error about <c>range(1, 1000000000)</c> must not spell out a billion numbers).
    /// </summary>
    public static string ToLiteral(object? value) => Literal(value, quoteStrings: true, MessageLength);

    private const int MessageLength = 300;

    private static string Literal(object? value, bool quoteStrings, int limit)
    {
        var text = new StringBuilder();
        Append(text, value, quoteStrings, limit);
        return text.Length > limit ? string.Concat(text.ToString(0, limit), "…") : text.ToString();
    }

    private static void Append(StringBuilder text, object? value, bool quoteStrings, int limit)
    {
        if (text.Length > limit)
        {
            return;
        }

        ValueNesting.EnsureStack();
        switch (CypherValues.KindOf(value))
        {
            case ValueKind.Null:
                text.Append("null");
                return;
            case ValueKind.String:
                var s = CypherValues.AsString(value!);
                if (quoteStrings)
                {
                    text.Append('\'').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');
                }
                else
                {
                    text.Append(s);
                }

                return;
            case ValueKind.Boolean:
                text.Append((bool)value! ? "true" : "false");
                return;
            case ValueKind.Integer:
                text.Append(CypherNumberText.Integer(CypherValues.AsLong(value!)));
                return;
            case ValueKind.Float:
                text.Append(CypherNumberText.Float(CypherValues.AsDouble(value!)));
                return;
            case ValueKind.List:
                CypherValues.TryGetList(value, out var list);
                AppendItems(text, '[', list, ']', limit);
                return;
            case ValueKind.Map:
                AppendMap(text, (IReadOnlyDictionary<string, object?>)value!, limit);
                return;
            case ValueKind.Node:
                var node = (Node)value!;
                text.Append('(');
                foreach (var label in node.Labels)
                {
                    text.Append(':').Append(label);
                }

                AppendProperties(text, node.Properties, limit);
                text.Append(')');
                return;
            case ValueKind.Relationship:
                var relationship = (Relationship)value!;
                text.Append("[:").Append(relationship.Type);
                AppendProperties(text, relationship.Properties, limit);
                text.Append(']');
                return;
            case ValueKind.Path:
                AppendPath(text, (GraphPath)value!, limit);
                return;
            default:
                text.Append(value);
                return;
        }
    }

    private static void AppendItems(StringBuilder text, char open, IReadOnlyList<object?> items, char close, int limit)
    {
        text.Append(open);
        for (var i = 0; i < items.Count && text.Length <= limit; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Append(text, items[i], quoteStrings: true, limit);
        }

        text.Append(close);
    }

    private static void AppendMap(StringBuilder text, IReadOnlyDictionary<string, object?> map, int limit)
    {
        text.Append('{');
        var first = true;
        foreach (var (key, item) in map)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append(key).Append(": ");
            Append(text, item, quoteStrings: true, limit);
        }

        text.Append('}');
    }

    private static void AppendProperties(StringBuilder text, IReadOnlyDictionary<string, object?> properties, int limit)
    {
        if (properties.Count > 0)
        {
            text.Append(' ');
            AppendMap(text, properties, limit);
        }
    }

    private static void AppendPath(StringBuilder text, GraphPath path, int limit)
    {
        text.Append('<');
        Append(text, path.Nodes[0], quoteStrings: true, limit);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            var forward = relationship.StartId == path.Nodes[i].Id;
            text.Append(forward ? "-" : "<-");
            Append(text, relationship, quoteStrings: true, limit);
            text.Append(forward ? "->" : "-");
            Append(text, path.Nodes[i + 1], quoteStrings: true, limit);
        }

        text.Append('>');
    }
}
