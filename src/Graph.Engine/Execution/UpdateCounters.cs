using Graph.Core.Store;

namespace Graph.Engine.Execution;

/// <summary>The running counts of what a statement changed.</summary>
internal sealed class UpdateCounters
{
    public int NodesCreated;
    public int NodesDeleted;
    public int RelationshipsCreated;
    public int RelationshipsDeleted;
    public int PropertiesSet;
    public int LabelsAdded;
    public int LabelsRemoved;
    public int IndexesAdded;
    public int IndexesRemoved;
    public int ConstraintsAdded;
    public int ConstraintsRemoved;

    public QueryCounters ToCounters() => new()
    {
        NodesCreated = NodesCreated,
        NodesDeleted = NodesDeleted,
        RelationshipsCreated = RelationshipsCreated,
        RelationshipsDeleted = RelationshipsDeleted,
        PropertiesSet = PropertiesSet,
        LabelsAdded = LabelsAdded,
        LabelsRemoved = LabelsRemoved,
        IndexesAdded = IndexesAdded,
        IndexesRemoved = IndexesRemoved,
        ConstraintsAdded = ConstraintsAdded,
        ConstraintsRemoved = ConstraintsRemoved,
    };
}
