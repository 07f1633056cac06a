using System.Collections;
using Graph.Core.Values;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Json;

public static partial class QueryApiJson
{
    /// <summary>
    /// Writes one value as plain JSON, as Neo4j's default format does: numbers as numbers (a float that is
    /// not finite as the string "NaN"/"Infinity"/"-Infinity"), bytes as base64, temporals as ISO-8601 text,
    /// points as <c>SRID=4326;POINT(x y)</c>, nodes as <c>{elementId, labels, properties}</c>,
    /// relationships as <c>{elementId, startNodeElementId, endNodeElementId, type, properties}</c>,
    /// paths as an array alternating node and relationship.
    /// </summary>
    public static void WritePlain(JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNull();
                return;
            case bool b:
                writer.WriteValue(b);
                return;
            case string s:
                writer.WriteValue(s);
                return;
            case char c:
                writer.WriteValue(c.ToString());
                return;
            case byte[] bytes:
                writer.WriteValue(Convert.ToBase64String(bytes));
                return;
            case Node node:
                WritePlainNode(writer, node);
                return;
            case Relationship relationship:
                WritePlainRelationship(writer, relationship);
                return;
            case GraphPath path:
                writer.WriteStartArray();
                for (var i = 0; i < path.Nodes.Count; i++)
                {
                    WritePlainNode(writer, path.Nodes[i]);
                    if (i < path.Relationships.Count)
                    {
                        WritePlainRelationship(writer, path.Relationships[i]);
                    }
                }

                writer.WriteEndArray();
                return;
        }

        if (TryGetInteger(value, out var integer))
        {
            writer.WriteValue(integer);
        }
        else if (TryGetFloat(value, out var number))
        {
            if (double.IsFinite(number))
            {
                writer.WriteValue(number);
            }
            else
            {
                writer.WriteValue(FormatFloat(number));
            }
        }
        else if (value is CypherPoint point)
        {
            writer.WriteValue(FormatPoint(point, plain: true));
        }
        else if (TryFormatTemporalOrPoint(value, out _, out var text))
        {
            writer.WriteValue(text);
        }
        else if (TryGetMap(value, out var map))
        {
            WritePlainMap(writer, map);
        }
        else if (value is IEnumerable list)
        {
            ValueNesting.EnsureStack();
            writer.WriteStartArray();
            foreach (var item in list)
            {
                WritePlain(writer, item);
            }

            writer.WriteEndArray();
        }
        else
        {
            throw Unsupported(value);
        }
    }

    /// <summary>Writes a string-keyed map of values as a plain JSON object.</summary>
    public static void WritePlainMap(JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        ValueNesting.EnsureStack();
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WritePlain(writer, item);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads one plain JSON value. Plain JSON loses types, so this is a best guess: integral numbers become
    /// <c>long</c> (or <c>double</c> past 64 bits), other numbers <c>double</c>, objects shaped like a node or
    /// relationship become snapshots, other objects maps, and strings stay strings (dates included).
    /// </summary>
    public static object? ReadPlain(JToken? token)
    {
        if (token is null)
        {
            return null;
        }

        switch (token.Type)
        {
            case JTokenType.Null:
            case JTokenType.Undefined:
                return null;
            case JTokenType.Boolean:
                return (bool)token;
            case JTokenType.Integer:
                // Beyond 64 bits Newtonsoft gives a BigInteger; Cypher has no such integer, so it becomes a float.
                return ((JValue)token).Value is long l ? l : (object)(double)token;
            case JTokenType.Float:
                return (double)token;
            case JTokenType.String:
                return (string)token!;
            case JTokenType.Array:
                return token.Select(ReadPlain).ToList();
            case JTokenType.Object:
                return ReadPlainObject((JObject)token);
            default:
                throw Malformed($"unexpected {token.Type}", token);
        }
    }

    private static object ReadPlainObject(JObject obj)
    {
        if (obj["elementId"] is JValue { Type: JTokenType.String } idToken && obj["properties"] is JObject properties)
        {
            var elementId = (string)idToken!;
            if (obj["labels"] is JArray labels)
            {
                return new NodeSnapshot(NumericId(elementId), elementId, labels.Select(l => (string)l!).ToList(), ReadMap(properties, typed: false));
            }

            if (obj["type"] is JValue { Type: JTokenType.String } type
                && obj["startNodeElementId"] is JValue { Type: JTokenType.String } start
                && obj["endNodeElementId"] is JValue { Type: JTokenType.String } end)
            {
                var startId = (string)start!;
                var endId = (string)end!;
                return new RelationshipSnapshot(
                    NumericId(elementId), elementId, (string)type!, NumericId(startId), startId, NumericId(endId), endId, ReadMap(properties, typed: false));
            }
        }

        return ReadMap(obj, typed: false);
    }

    private static void WritePlainNode(JsonWriter writer, Node node)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("elementId");
        writer.WriteValue(node.ElementId);
        writer.WritePropertyName("labels");
        WriteStrings(writer, node.Labels);
        writer.WritePropertyName("properties");
        WritePlainMap(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void WritePlainRelationship(JsonWriter writer, Relationship relationship)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("elementId");
        writer.WriteValue(relationship.ElementId);
        writer.WritePropertyName("startNodeElementId");
        writer.WriteValue(relationship.StartElementId);
        writer.WritePropertyName("endNodeElementId");
        writer.WriteValue(relationship.EndElementId);
        writer.WritePropertyName("type");
        writer.WriteValue(relationship.Type);
        writer.WritePropertyName("properties");
        WritePlainMap(writer, relationship.Properties);
        writer.WriteEndObject();
    }
}
