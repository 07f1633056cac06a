using Graph.Engine.Planning;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>The planner's view of the store: label sizes from the label index, indexes from the committed schema.</summary>
internal sealed class StoreStatistics(GraphStore store, SchemaState schema) : IPlanningStatistics
{
    public long NodeCount => store.NodeLimit;

    public long LabelCount(string label)
    {
        var token = store.Labels.Find(label);
        return token < 0 ? 0 : store.LabelIndex.Candidates(token)?.Count ?? 0;
    }

    public bool HasIndex(string label, string key)
    {
        var l = store.Labels.Find(label);
        var k = store.Keys.Find(key);
        return l >= 0 && k >= 0 && schema.FindIndex(l, k) is not null;
    }
}
