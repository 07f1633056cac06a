using Graph.Core.Errors;
using Graph.Core.Store;
using Newtonsoft.Json;

namespace Graph.Neo4j.Json;

/// <summary>
/// Writes whole Query API response bodies, so a server (the service over the embedded store) answers in
/// exactly the shape Neo4j does and that this client reads.
/// </summary>
public static class QueryApiResponseWriter
{
    /// <summary>
    /// Writes <c>{"data": {"fields", "values"}, "counters", "bookmarks"[, "notifications"][, "transaction"]}</c>;
    /// values typed when <paramref name="typed"/>, plain otherwise.
    /// </summary>
    public static void WriteResult(
        JsonWriter writer,
        QueryResult result,
        bool typed,
        IReadOnlyList<string>? bookmarks = null,
        string? transactionId = null,
        DateTimeOffset? transactionExpires = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        writer.WriteStartObject();
        writer.WritePropertyName("fields");
        writer.WriteStartArray();
        foreach (var field in result.Fields)
        {
            writer.WriteValue(field);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("values");
        writer.WriteStartArray();
        foreach (var row in result.Rows)
        {
            writer.WriteStartArray();
            foreach (var value in row)
            {
                if (typed)
                {
                    QueryApiJson.WriteTyped(writer, value);
                }
                else
                {
                    QueryApiJson.WritePlain(writer, value);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WritePropertyName("counters");
        QueryApiCounters.Write(writer, result.Counters);
        if (result.Notifications.Count > 0)
        {
            writer.WritePropertyName("notifications");
            writer.WriteStartArray();
            foreach (var notification in result.Notifications)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("description");
                writer.WriteValue(notification);
                writer.WritePropertyName("severity");
                writer.WriteValue("INFORMATION");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (transactionId is not null)
        {
            writer.WritePropertyName("transaction");
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            writer.WriteValue(transactionId);
            if (transactionExpires is { } expires)
            {
                writer.WritePropertyName("expires");
                writer.WriteValue(expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
        }

        writer.WritePropertyName("bookmarks");
        writer.WriteStartArray();
        foreach (var bookmark in bookmarks ?? [])
        {
            writer.WriteValue(bookmark);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"errors": [{"code", "message"}]}</c> for one error.</summary>
    public static void WriteError(JsonWriter writer, GraphException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        WriteError(writer, error.Code, error.Message);
    }

    /// <summary>Writes <c>{"errors": [{"code", "message"}]}</c> for one error.</summary>
    public static void WriteError(JsonWriter writer, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WritePropertyName("code");
        writer.WriteValue(code);
        writer.WritePropertyName("message");
        writer.WriteValue(message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
