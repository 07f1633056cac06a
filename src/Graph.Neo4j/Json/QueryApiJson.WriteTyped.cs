using System.Collections;
using System.Globalization;
using Graph.Core.Values;
using Newtonsoft.Json;

namespace Graph.Neo4j.Json;

public static partial class QueryApiJson
{
    /// <summary>Writes one value as typed JSON.</summary>
    /// <exception cref="ArgumentException">The value has no Cypher type (the message names its CLR type).</exception>
    public static void WriteTyped(JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                WriteTypedScalar(writer, TypeNames.Null, null);
                return;
            case bool b:
                WriteTypedScalar(writer, TypeNames.Boolean, b);
                return;
            case string s:
                WriteTypedScalar(writer, TypeNames.String, s);
                return;
            case char c:
                WriteTypedScalar(writer, TypeNames.String, c.ToString());
                return;
            case byte[] bytes:
                WriteTypedScalar(writer, TypeNames.Base64, Convert.ToBase64String(bytes));
                return;
            case Node node:
                WriteTypedNode(writer, node);
                return;
            case Relationship relationship:
                WriteTypedRelationship(writer, relationship);
                return;
            case GraphPath path:
                WriteTypedPath(writer, path);
                return;
        }

        if (TryGetInteger(value, out var integer))
        {
            WriteTypedScalar(writer, TypeNames.Integer, integer.ToString(CultureInfo.InvariantCulture));
        }
        else if (TryGetFloat(value, out var number))
        {
            WriteTypedScalar(writer, TypeNames.Float, FormatFloat(number));
        }
        else if (TryFormatTemporalOrPoint(value, out var typeName, out var text))
        {
            WriteTypedScalar(writer, typeName, text);
        }
        else if (TryGetMap(value, out var map))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(TypeKey);
            writer.WriteValue(TypeNames.Map);
            writer.WritePropertyName(ValueKey);
            WriteTypedMap(writer, map);
            writer.WriteEndObject();
        }
        else if (value is IEnumerable list)
        {
            ValueNesting.EnsureStack();
            writer.WriteStartObject();
            writer.WritePropertyName(TypeKey);
            writer.WriteValue(TypeNames.List);
            writer.WritePropertyName(ValueKey);
            writer.WriteStartArray();
            foreach (var item in list)
            {
                WriteTyped(writer, item);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            throw Unsupported(value);
        }
    }

    private static void WriteTypedScalar(JsonWriter writer, string type, object? value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(TypeKey);
        writer.WriteValue(type);
        writer.WritePropertyName(ValueKey);
        writer.WriteValue(value);
        writer.WriteEndObject();
    }

    private static void WriteTypedNode(JsonWriter writer, Node node)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(TypeKey);
        writer.WriteValue(TypeNames.Node);
        writer.WritePropertyName(ValueKey);
        writer.WriteStartObject();
        writer.WritePropertyName("_element_id");
        writer.WriteValue(node.ElementId);
        writer.WritePropertyName("_labels");
        WriteStrings(writer, node.Labels);
        writer.WritePropertyName("_properties");
        WriteTypedMap(writer, node.Properties);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteTypedRelationship(JsonWriter writer, Relationship relationship)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(TypeKey);
        writer.WriteValue(TypeNames.Relationship);
        writer.WritePropertyName(ValueKey);
        writer.WriteStartObject();
        writer.WritePropertyName("_element_id");
        writer.WriteValue(relationship.ElementId);
        writer.WritePropertyName("_start_node_element_id");
        writer.WriteValue(relationship.StartElementId);
        writer.WritePropertyName("_end_node_element_id");
        writer.WriteValue(relationship.EndElementId);
        writer.WritePropertyName("_type");
        writer.WriteValue(relationship.Type);
        writer.WritePropertyName("_properties");
        WriteTypedMap(writer, relationship.Properties);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteTypedPath(JsonWriter writer, GraphPath path)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(TypeKey);
        writer.WriteValue(TypeNames.Path);
        writer.WritePropertyName(ValueKey);
        writer.WriteStartArray();
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            WriteTypedNode(writer, path.Nodes[i]);
            if (i < path.Relationships.Count)
            {
                WriteTypedRelationship(writer, path.Relationships[i]);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStrings(JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Java's <c>Double.toString</c> shape where it matters: a float always shows it is one ("1.0", not "1").</summary>
    private static string FormatFloat(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(value) && text.AsSpan().IndexOfAny(".E") < 0 ? text + ".0" : text;
    }

    private static bool TryGetInteger(object value, out long result)
    {
        switch (value)
        {
            case long l: result = l; return true;
            case int i: result = i; return true;
            case short s: result = s; return true;
            case sbyte sb: result = sb; return true;
            case byte b: result = b; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            case ulong:
                throw new ArgumentException($"{value} does not fit Cypher's 64-bit INTEGER.", nameof(value));
            default: result = 0; return false;
        }
    }

    private static bool TryGetFloat(object value, out double result)
    {
        switch (value)
        {
            case double d: result = d; return true;
            case float f: result = f; return true;
            case decimal m: result = (double)m; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>String-keyed dictionaries of any value type become Cypher maps.</summary>
    private static bool TryGetMap(object value, out IEnumerable<KeyValuePair<string, object?>> map)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                map = pairs;
                return true;
            case IDictionary dictionary:
                map = EnumerateDictionary(dictionary);
                return true;
            default:
                map = [];
                return false;
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateDictionary(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                throw new ArgumentException($"Cypher map keys are strings, not {entry.Key.GetType().Name}.", nameof(dictionary));
            }

            yield return new KeyValuePair<string, object?>(key, entry.Value);
        }
    }

    private static ArgumentException Unsupported(object value) =>
        new($"A {value.GetType().FullName} has no Cypher type and cannot be written as Query API JSON.", nameof(value));
}
