using Graph.Core.Store;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Json;

/// <summary>The Query API's <c>"counters"</c> object, both directions.</summary>
internal static class QueryApiCounters
{
    public static QueryCounters Read(JObject? counters)
    {
        if (counters is null)
        {
            return QueryCounters.None;
        }

        int Get(string name) => counters[name] is JValue { Type: JTokenType.Integer } value ? (int)value : 0;
        return new QueryCounters
        {
            NodesCreated = Get("nodesCreated"),
            NodesDeleted = Get("nodesDeleted"),
            RelationshipsCreated = Get("relationshipsCreated"),
            RelationshipsDeleted = Get("relationshipsDeleted"),
            PropertiesSet = Get("propertiesSet"),
            LabelsAdded = Get("labelsAdded"),
            LabelsRemoved = Get("labelsRemoved"),
            IndexesAdded = Get("indexesAdded"),
            IndexesRemoved = Get("indexesRemoved"),
            ConstraintsAdded = Get("constraintsAdded"),
            ConstraintsRemoved = Get("constraintsRemoved"),
        };
    }

    /// <summary>Every key Neo4j sends, in its order; the labs client fails without them.</summary>
    public static void Write(JsonWriter writer, QueryCounters counters)
    {
        writer.WriteStartObject();
        Write(writer, "containsUpdates", counters.ContainsUpdates);
        Write(writer, "nodesCreated", counters.NodesCreated);
        Write(writer, "nodesDeleted", counters.NodesDeleted);
        Write(writer, "propertiesSet", counters.PropertiesSet);
        Write(writer, "relationshipsCreated", counters.RelationshipsCreated);
        Write(writer, "relationshipsDeleted", counters.RelationshipsDeleted);
        Write(writer, "labelsAdded", counters.LabelsAdded);
        Write(writer, "labelsRemoved", counters.LabelsRemoved);
        Write(writer, "indexesAdded", counters.IndexesAdded);
        Write(writer, "indexesRemoved", counters.IndexesRemoved);
        Write(writer, "constraintsAdded", counters.ConstraintsAdded);
        Write(writer, "constraintsRemoved", counters.ConstraintsRemoved);
        Write(writer, "containsSystemUpdates", false);
        Write(writer, "systemUpdates", 0);
        writer.WriteEndObject();
    }

    private static void Write(JsonWriter writer, string name, object value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }
}
