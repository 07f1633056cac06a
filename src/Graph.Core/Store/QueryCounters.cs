namespace Graph.Core.Store;

/// <summary>What a statement changed, in Neo4j's counter vocabulary.</summary>
public sealed record QueryCounters
{
    public static QueryCounters None { get; } = new();

    public int NodesCreated { get; init; }

    public int NodesDeleted { get; init; }

    public int RelationshipsCreated { get; init; }

    public int RelationshipsDeleted { get; init; }

    public int PropertiesSet { get; init; }

    public int LabelsAdded { get; init; }

    public int LabelsRemoved { get; init; }

    public int IndexesAdded { get; init; }

    public int IndexesRemoved { get; init; }

    public int ConstraintsAdded { get; init; }

    public int ConstraintsRemoved { get; init; }

    /// <summary>True when any counter is non-zero.</summary>
    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet
        + LabelsAdded + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    /// <summary>Adds two sets of counters, e.g. across the statements of a transaction.</summary>
    public QueryCounters Add(QueryCounters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new QueryCounters
        {
            NodesCreated = NodesCreated + other.NodesCreated,
            NodesDeleted = NodesDeleted + other.NodesDeleted,
            RelationshipsCreated = RelationshipsCreated + other.RelationshipsCreated,
            RelationshipsDeleted = RelationshipsDeleted + other.RelationshipsDeleted,
            PropertiesSet = PropertiesSet + other.PropertiesSet,
            LabelsAdded = LabelsAdded + other.LabelsAdded,
            LabelsRemoved = LabelsRemoved + other.LabelsRemoved,
            IndexesAdded = IndexesAdded + other.IndexesAdded,
            IndexesRemoved = IndexesRemoved + other.IndexesRemoved,
            ConstraintsAdded = ConstraintsAdded + other.ConstraintsAdded,
            ConstraintsRemoved = ConstraintsRemoved + other.ConstraintsRemoved,
        };
    }
}
