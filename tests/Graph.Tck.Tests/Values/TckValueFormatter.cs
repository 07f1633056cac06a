using System.Collections;
using System.Globalization;
using System.Text;
using Graph.Core.Values;

namespace Graph.Tck.Tests.Values;

/// <summary>
/// Renders a Cypher value — an engine result cell or a parsed expected cell — in the TCK's notation,
/// canonically: map keys, labels and properties sorted ordinally; floats always show a fraction or
/// exponent (so <c>1</c> and <c>1.0</c> differ) and NaN renders as <c>NaN</c> (so it matches itself);
/// values of any other type (temporals, points) render as the quoted <c>ToString()</c>, which is how the
/// tables write them. Two values match exactly when their renderings are equal, which makes bag
/// comparison a sort. With <c>ignoreListOrder</c>, list elements are sorted by rendering, at every depth.
/// </summary>
internal static class TckValueFormatter
{
    public static string Format(object? value, bool ignoreListOrder = false)
    {
        var sb = new StringBuilder();
        Append(sb, value, ignoreListOrder);
        return sb.ToString();
    }

    /// <summary>A float as the notation writes it: <c>1.0</c>, <c>0.1</c>, <c>1e308</c>, <c>NaN</c>, <c>Inf</c>, <c>-Inf</c>; −0.0 is 0.0.</summary>
    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Inf" : "-Inf";
        }

        if (d == 0)
        {
            return "0.0";
        }

        var s = d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e", StringComparison.Ordinal).Replace('E', 'e');
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('e', StringComparison.Ordinal) ? s : s + ".0";
    }

    /// <summary>A string literal in single quotes; backslash, quote and control characters escaped.</summary>
    public static string Quote(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            _ = c switch
            {
                '\\' => sb.Append(@"\\"),
                '\'' => sb.Append(@"\'"),
                '\n' => sb.Append(@"\n"),
                '\r' => sb.Append(@"\r"),
                '\t' => sb.Append(@"\t"),
                _ => sb.Append(c),
            };
        }

        return sb.Append('\'').ToString();
    }

    private static void Append(StringBuilder sb, object? value, bool ignoreListOrder)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long or int or short or sbyte or byte or ushort or uint:
                sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FormatFloat(d));
                break;
            case float f:
                sb.Append(FormatFloat(f));
                break;
            case string s:
                sb.Append(Quote(s));
                break;
            case Node node:
                AppendNode(sb, node, ignoreListOrder);
                break;
            case Relationship relationship:
                AppendRelationship(sb, relationship, ignoreListOrder);
                break;
            case GraphPath path:
                AppendPath(sb, path, ignoreListOrder);
                break;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(sb, map, ignoreListOrder);
                break;
            case IDictionary dictionary:
                AppendMap(sb, dictionary.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? string.Empty, k => dictionary[k], StringComparer.Ordinal), ignoreListOrder);
                break;
            case IEnumerable list:
                AppendList(sb, list, ignoreListOrder);
                break;
            default:
                // Temporal and spatial values: the tables show their canonical string.
                sb.Append(Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
                break;
        }
    }

    private static void AppendList(StringBuilder sb, IEnumerable list, bool ignoreListOrder)
    {
        var items = list.Cast<object?>().Select(item => Format(item, ignoreListOrder));
        if (ignoreListOrder)
        {
            items = items.Order(StringComparer.Ordinal);
        }

        sb.Append('[').AppendJoin(", ", items).Append(']');
    }

    private static void AppendMap(StringBuilder sb, IReadOnlyDictionary<string, object?> map, bool ignoreListOrder)
    {
        sb.Append('{');
        var first = true;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            sb.Append(first ? string.Empty : ", ").Append(Name(key)).Append(": ");
            Append(sb, map[key], ignoreListOrder);
            first = false;
        }

        sb.Append('}');
    }

    private static void AppendNode(StringBuilder sb, Node node, bool ignoreListOrder)
    {
        sb.Append('(');
        foreach (var label in node.Labels.Order(StringComparer.Ordinal))
        {
            sb.Append(':').Append(Name(label));
        }

        AppendProperties(sb, node.Properties, node.Labels.Count > 0, ignoreListOrder);
        sb.Append(')');
    }

    private static void AppendRelationship(StringBuilder sb, Relationship relationship, bool ignoreListOrder)
    {
        sb.Append("[:").Append(Name(relationship.Type));
        AppendProperties(sb, relationship.Properties, space: true, ignoreListOrder);
        sb.Append(']');
    }

    private static void AppendProperties(StringBuilder sb, IReadOnlyDictionary<string, object?> properties, bool space, bool ignoreListOrder)
    {
        if (properties.Count == 0)
        {
            return;
        }

        if (space)
        {
            sb.Append(' ');
        }

        AppendMap(sb, properties, ignoreListOrder);
    }

    /// <summary>Each hop shows its direction: <c>-[r]-&gt;</c> when the relationship starts at the node before it.</summary>
    private static void AppendPath(StringBuilder sb, GraphPath path, bool ignoreListOrder)
    {
        sb.Append('<');
        AppendNode(sb, path.Nodes[0], ignoreListOrder);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            var forward = relationship.StartId == path.Nodes[i].Id;
            sb.Append(forward ? "-" : "<-");
            AppendRelationship(sb, relationship, ignoreListOrder);
            sb.Append(forward ? "->" : "-");
            AppendNode(sb, path.Nodes[i + 1], ignoreListOrder);
        }

        sb.Append('>');
    }

    private static string Name(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? name
            : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
}
