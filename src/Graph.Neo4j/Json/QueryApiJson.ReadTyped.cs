using System.Globalization;
using Graph.Core.Values;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Json;

public static partial class QueryApiJson
{
    private const string TypeKey = "$type";
    private const string ValueKey = "_value";

    /// <summary>Reads one typed JSON value.</summary>
    /// <exception cref="Core.Errors.ClientException">The token is not a well-formed typed value (code <c>Neo.ClientError.Request.InvalidFormat</c>).</exception>
    public static object? ReadTyped(JToken? token)
    {
        if (token is not JObject obj || obj[TypeKey] is not JValue { Type: JTokenType.String } typeToken)
        {
            throw Malformed("expected {\"$type\": …, \"_value\": …}", token);
        }

        var type = (string)typeToken!;
        var value = obj[ValueKey];
        return type switch
        {
            TypeNames.Null => null,
            TypeNames.Boolean => value is JValue { Type: JTokenType.Boolean } b ? (bool)b : throw Malformed("Boolean needs true or false", value),
            TypeNames.Integer => ParseInteger(value),
            TypeNames.Float => ParseFloat(value),
            TypeNames.String => RequireString(value, type),
            TypeNames.Base64 => ParseBase64(value),
            TypeNames.List => value is JArray array ? array.Select(ReadTyped).ToList() : throw Malformed("List needs an array", value),
            TypeNames.Map => ReadMap(value as JObject ?? throw Malformed("Map needs an object", value), typed: true),
            TypeNames.Node => ReadTypedNode(value),
            TypeNames.Relationship => ReadTypedRelationship(value),
            TypeNames.Path => ReadTypedPath(value),
            _ => ParseTemporalOrPoint(type, RequireString(value, type)),
        };
    }

    private static long ParseInteger(JToken? value)
    {
        // Neo4j sends strings; accept a bare JSON integer as well, as hand-written clients send them.
        if (value is JValue { Type: JTokenType.Integer } number)
        {
            return (long)number;
        }

        return long.TryParse(RequireString(value, TypeNames.Integer), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Malformed("Integer needs a 64-bit integer string", value);
    }

    private static double ParseFloat(JToken? value)
    {
        if (value is JValue { Type: JTokenType.Float or JTokenType.Integer } number)
        {
            return (double)number;
        }

        var text = RequireString(value, TypeNames.Float);
        return text switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
                ? result
                : throw Malformed("Float needs a number string", value),
        };
    }

    private static byte[] ParseBase64(JToken? value)
    {
        try
        {
            return Convert.FromBase64String(RequireString(value, TypeNames.Base64));
        }
        catch (FormatException)
        {
            throw Malformed("Base64 needs base64 text", value);
        }
    }

    private static string RequireString(JToken? value, string type) => value switch
    {
        JValue { Type: JTokenType.String } text => (string)text!,
        JValue { Type: JTokenType.Date } => throw Malformed($"{type} text was parsed as a date; parse with QueryApiJson.Parse", value),
        _ => throw Malformed($"{type} needs a string", value),
    };

    private static NodeSnapshot ReadTypedNode(JToken? value)
    {
        if (value is not JObject node)
        {
            throw Malformed("Node needs an object", value);
        }

        var elementId = RequireString(node["_element_id"], "_element_id");
        var labels = node["_labels"] is JArray labelArray
            ? labelArray.Select(label => RequireString(label, "_labels")).ToList()
            : [];
        return new NodeSnapshot(NumericId(elementId), elementId, labels, ReadMap(node["_properties"] as JObject, typed: true));
    }

    private static RelationshipSnapshot ReadTypedRelationship(JToken? value)
    {
        if (value is not JObject rel)
        {
            throw Malformed("Relationship needs an object", value);
        }

        var elementId = RequireString(rel["_element_id"], "_element_id");
        var start = RequireString(rel["_start_node_element_id"], "_start_node_element_id");
        var end = RequireString(rel["_end_node_element_id"], "_end_node_element_id");
        return new RelationshipSnapshot(
            NumericId(elementId),
            elementId,
            RequireString(rel["_type"], "_type"),
            NumericId(start),
            start,
            NumericId(end),
            end,
            ReadMap(rel["_properties"] as JObject, typed: true));
    }

    private static GraphPath ReadTypedPath(JToken? value)
    {
        if (value is not JArray items)
        {
            throw Malformed("Path needs an array", value);
        }

        return BuildPath(items.Select(ReadTyped).ToList(), value);
    }

    /// <summary>Nodes and relationships alternate, starting and ending with a node.</summary>
    private static GraphPath BuildPath(List<object?> items, JToken? source)
    {
        var nodes = new List<Node>();
        var relationships = new List<Relationship>();
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case Node node when i % 2 == 0:
                    nodes.Add(node);
                    break;
                case Relationship relationship when i % 2 == 1:
                    relationships.Add(relationship);
                    break;
                default:
                    throw Malformed("a path alternates node, relationship, node, …", source);
            }
        }

        if (nodes.Count != relationships.Count + 1)
        {
            throw Malformed("a path starts and ends with a node", source);
        }

        return new GraphPath(nodes, relationships);
    }

    /// <summary>
    /// Cypher's <c>id()</c> from an element id: Neo4j 5's element ids end in the numeric id
    /// (<c>4:ff04…:2</c> → 2). An element id without one gets a stable negative 64-bit hash (FNV-1a), so
    /// entity equality, which compares ids, still tells different entities apart.
    /// </summary>
    public static long NumericId(string elementId)
    {
        ArgumentNullException.ThrowIfNull(elementId);
        var colon = elementId.LastIndexOf(':');
        var tail = colon < 0 ? elementId : elementId[(colon + 1)..];
        if (long.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        var hash = 14695981039346656037UL;
        foreach (var ch in elementId)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return (long)(hash | 0x8000_0000_0000_0000UL);
    }
}
