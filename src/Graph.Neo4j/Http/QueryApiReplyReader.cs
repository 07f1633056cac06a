using Graph.Core.Errors;
using Graph.Neo4j.Errors;
using Graph.Neo4j.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Http;

/// <summary>Decodes a Query API response body: the error it reports, or its fields, rows and summary.</summary>
internal static class QueryApiReplyReader
{
    /// <summary>
    /// The body's first error, mapped; null when <c>errors</c> is absent or empty. Success is decided by this,
    /// not by the status code: Neo4j streams results, so a failed query can still answer 202.
    /// </summary>
    public static GraphException? ReadError(JObject body)
    {
        if (body["errors"] is not JArray { Count: > 0 } errors)
        {
            return null;
        }

        var first = errors[0] as JObject;
        return Neo4jErrorMap.FromServer((string?)first?["code"], (string?)first?["message"]);
    }

    public static QueryApiReply Read(JObject body, bool typed, QueryApiAffinity affinity)
    {
        var data = body["data"] as JObject;
        var fields = data?["fields"] is JArray fieldArray ? fieldArray.Select(f => (string?)f ?? string.Empty).ToList() : [];
        var rows = ReadRows(data?["values"] as JArray, fields.Count, typed);
        var transaction = body["transaction"] as JObject;
        return new QueryApiReply(
            fields,
            rows,
            QueryApiCounters.Read(body["counters"] as JObject),
            body["bookmarks"] is JArray bookmarks ? bookmarks.Select(b => (string?)b).OfType<string>().ToList() : [],
            ReadNotifications(body["notifications"] as JArray),
            (string?)transaction?["id"],
            (string?)transaction?["expires"],
            affinity);
    }

    private static List<object?[]> ReadRows(JArray? values, int width, bool typed)
    {
        var rows = new List<object?[]>();
        if (values is null)
        {
            return rows;
        }

        object? Decode(JToken token) => typed ? QueryApiJson.ReadTyped(token) : QueryApiJson.ReadPlain(token);

        // The current API sends an array of rows; early 5.x documentation showed one flat array of values.
        if (values.Count > 0 && values[0] is not JArray && width > 0)
        {
            foreach (var chunk in values.Chunk(width))
            {
                rows.Add(chunk.Select(Decode).ToArray());
            }

            return rows;
        }

        foreach (var row in values)
        {
            rows.Add(row is JArray cells ? cells.Select(Decode).ToArray() : throw new ClientException(StatusCodes.InvalidFormat, "Malformed Query API JSON: a row is not an array."));
        }

        return rows;
    }

    private static List<string> ReadNotifications(JArray? notifications) =>
        notifications is null
            ? []
            : notifications.OfType<JObject>()
                .Select(n => ((string?)n["code"], (string?)n["description"] ?? (string?)n["title"]))
                .Select(n => n.Item1 is null ? n.Item2 ?? string.Empty : $"{n.Item1}: {n.Item2}")
                .ToList();
}
