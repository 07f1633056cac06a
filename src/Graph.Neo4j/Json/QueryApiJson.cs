using Graph.Core.Errors;
using Graph.Core.Values;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Json;

/// <summary>
/// Neo4j Query API value codec, both directions: typed JSON (<c>application/vnd.neo4j.query</c>, each value
/// <c>{"$type": T, "_value": V}</c>) and plain JSON (<c>application/json</c>, types lost). The client reads
/// Neo4j's responses with it; the service writes the same format from the embedded store with it.
/// </summary>
/// <remarks>
/// Values are Graph.Core's: null, bool, long, double, string, byte[], lists, string-keyed maps, nodes,
/// relationships, paths, points and temporals. Reading gives <c>List&lt;object?&gt;</c> for lists and an
/// ordinal <c>Dictionary&lt;string, object?&gt;</c> for maps, <see cref="Core.Values.NodeSnapshot"/> and
/// <see cref="Core.Values.RelationshipSnapshot"/> for entities. Writing also accepts the other CLR integer
/// and floating types, <c>char</c>, <c>decimal</c> and any dictionary or enumerable. Integers stay
/// <c>long</c> (sent as strings in typed JSON, so 64 bits survive JavaScript clients).
/// </remarks>
public static partial class QueryApiJson
{
    /// <summary>The typed JSON media type the client sends and Neo4j 5.19+ answers with.</summary>
    public const string TypedMediaType = "application/vnd.neo4j.query";

    /// <summary>The plain JSON media type.</summary>
    public const string PlainMediaType = "application/json";

    /// <summary>True when a Content-Type or Accept value names typed JSON (any version suffix).</summary>
    public static bool IsTypedMediaType(string? mediaType) =>
        mediaType is not null && mediaType.StartsWith(TypedMediaType, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses JSON text as the codec needs it: strings stay strings (Newtonsoft's default would turn
    /// <c>"2021-01-25T09:00"</c> into a DateTime and lose its text) and floats stay doubles. Use this, not
    /// <c>JToken.Parse</c>, for anything handed to <see cref="ReadTyped"/>. Returns null for text that is not
    /// exactly one JSON value.
    /// </summary>
    public static JToken? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(text))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
            };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? null : token;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    /// <summary>Parses a request or response body with <see cref="Parse"/>; null unless it is one JSON object.</summary>
    public static JObject? ParseObject(string text) => Parse(text) as JObject;

    /// <summary>Converts a value to a typed JSON token.</summary>
    public static JToken ToTyped(object? value)
    {
        using var writer = new JTokenWriter();
        WriteTyped(writer, value);
        return writer.Token!;
    }

    /// <summary>Converts a value to a plain JSON token.</summary>
    public static JToken ToPlain(object? value)
    {
        using var writer = new JTokenWriter();
        WritePlain(writer, value);
        return writer.Token!;
    }

    /// <summary>Writes each parameter as a typed value: the body's <c>"parameters"</c> object.</summary>
    public static void WriteTypedMap(JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        ValueNesting.EnsureStack();
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteTyped(writer, item);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads a request's or response's <c>"parameters"</c>-style object: typed values when
    /// <paramref name="typed"/>, plain JSON otherwise. A missing object is an empty map.
    /// </summary>
    public static Dictionary<string, object?> ReadMap(JObject? map, bool typed)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        foreach (var (key, token) in map)
        {
            result[key] = typed ? ReadTyped(token) : ReadPlain(token);
        }

        return result;
    }

    private static ClientException Malformed(string what, JToken? token) =>
        new(StatusCodes.InvalidFormat, $"Malformed Query API JSON: {what}{(token is null ? string.Empty : $" at '{token.Path}'")}.");
}
