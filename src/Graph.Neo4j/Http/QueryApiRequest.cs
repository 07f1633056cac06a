using Graph.Core.Store;
using Graph.Neo4j.Json;
using Newtonsoft.Json;

namespace Graph.Neo4j.Http;

/// <summary>The JSON body of a query, transaction-open or commit request.</summary>
internal sealed record QueryApiRequest(CypherQuery? Query, AccessMode? Mode, IReadOnlyList<string> Bookmarks)
{
    public static QueryApiRequest Empty { get; } = new(null, null, []);

    public void Write(JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Query is not null)
        {
            writer.WritePropertyName("statement");
            writer.WriteValue(Query.Text);
            if (Query.Parameters.Count > 0)
            {
                writer.WritePropertyName("parameters");
                QueryApiJson.WriteTypedMap(writer, Query.Parameters);
            }

            writer.WritePropertyName("includeCounters");
            writer.WriteValue(true);
        }

        // Write is the server's default; only reads are marked, which a cluster routes to a reader.
        if (Mode == AccessMode.Read)
        {
            writer.WritePropertyName("accessMode");
            writer.WriteValue("Read");
        }

        if (Bookmarks.Count > 0)
        {
            writer.WritePropertyName("bookmarks");
            writer.WriteStartArray();
            foreach (var bookmark in Bookmarks)
            {
                writer.WriteValue(bookmark);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
