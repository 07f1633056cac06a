using System.Globalization;
using Graph.Core.Values;

namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>
/// Parses the TCK's result-cell notation and matches it against values from the library: integers and floats
/// are distinct, NaN matches NaN, temporal/duration/point results compare by their canonical string.
/// </summary>
internal static class TckValues
{
    public static object? Parse(string text)
    {
        var position = 0;
        var value = Read(text.Trim(), ref position);
        return value;
    }

    public static bool Matches(object? expected, object? actual, bool ignoreListOrder)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case bool b:
                return actual is bool a && a == b;
            case long l:
                return actual is long or int && Convert.ToInt64(actual, CultureInfo.InvariantCulture) == l;
            case double d:
                return actual is double x && (x.Equals(d) || Math.Abs(x - d) <= Math.Abs(d) * 1e-15);
            case string s:
                return actual switch
                {
                    string t => t == s,
                    CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration or CypherPoint => actual.ToString() == s,
                    _ => false,
                };
            case List<object?> list:
                if (!CypherValuesAccess.TryList(actual, out var items) || items.Count != list.Count)
                {
                    return false;
                }

                if (!ignoreListOrder)
                {
                    return list.Zip(items).All(p => Matches(p.First, p.Second, ignoreListOrder));
                }

                var remaining = items.ToList();
                foreach (var e in list)
                {
                    var match = remaining.FindIndex(a => Matches(e, a, ignoreListOrder));
                    if (match < 0)
                    {
                        return false;
                    }

                    remaining.RemoveAt(match);
                }

                return true;
            case TckNode node:
                return actual is Node n && n.Labels.Order(StringComparer.Ordinal).SequenceEqual(node.Labels.Order(StringComparer.Ordinal))
                    && Matches(node.Properties, n.Properties.ToDictionary(StringComparer.Ordinal), ignoreListOrder);
            case Dictionary<string, object?> map:
                return actual is IReadOnlyDictionary<string, object?> other && other.Count == map.Count
                    && map.All(e => other.TryGetValue(e.Key, out var v) && Matches(e.Value, v, ignoreListOrder));
            default:
                return false;
        }
    }

    private static object? Read(string text, ref int i)
    {
        SkipSpace(text, ref i);
        var c = text[i];
        if (c == '\'')
        {
            var end = i + 1;
            var value = new System.Text.StringBuilder();
            while (text[end] != '\'')
            {
                if (text[end] == '\\')
                {
                    end++;
                }

                value.Append(text[end++]);
            }

            i = end + 1;
            return value.ToString();
        }

        if (c == '[' && i + 1 < text.Length && text[i + 1] == ':')
        {
            throw new NotSupportedException("relationship values in expected results");
        }

        if (c == '[')
        {
            i++;
            var list = new List<object?>();
            SkipSpace(text, ref i);
            if (text[i] == ']')
            {
                i++;
                return list;
            }

            while (true)
            {
                list.Add(Read(text, ref i));
                SkipSpace(text, ref i);
                if (text[i++] == ']')
                {
                    return list;
                }
            }
        }

        if (c == '{')
        {
            i++;
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            SkipSpace(text, ref i);
            if (text[i] == '}')
            {
                i++;
                return map;
            }

            while (true)
            {
                SkipSpace(text, ref i);
                var colon = text.IndexOf(':', i);
                var key = text[i..colon].Trim().Trim('`');
                i = colon + 1;
                map[key] = Read(text, ref i);
                SkipSpace(text, ref i);
                if (text[i++] == '}')
                {
                    return map;
                }
            }
        }

        if (c == '(')
        {
            i++;
            var labels = new List<string>();
            SkipSpace(text, ref i);
            while (text[i] == ':')
            {
                var labelStart = ++i;
                while (char.IsLetterOrDigit(text[i]) || text[i] == '_')
                {
                    i++;
                }

                labels.Add(text[labelStart..i]);
            }

            SkipSpace(text, ref i);
            var properties = text[i] == '{' ? (Dictionary<string, object?>)Read(text, ref i)! : [];
            SkipSpace(text, ref i);
            if (text[i++] != ')')
            {
                throw new NotSupportedException("node notation");
            }

            return new TckNode(labels, properties);
        }

        if (c == '<')
        {
            throw new NotSupportedException("path values in expected results");
        }

        var start = i;
        while (i < text.Length && text[i] is not (',' or ']' or '}') && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var token = text[start..i];
        return token switch
        {
            "null" => null,
            "true" => true,
            "false" => false,
            "NaN" => double.NaN,
            "Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ when long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            _ when double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw new NotSupportedException($"cell '{token}'"),
        };
    }

    private sealed record TckNode(List<string> Labels, Dictionary<string, object?> Properties);

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
