namespace Graph.Engine.Storage;

/// <summary>
/// What one transaction changed, handed to <see cref="GraphStore.CommitHook"/> before the commit
/// becomes visible: the touched records (read their <c>Head</c> for the final state; a tombstone
/// means deleted) and the schema after the commit.
/// </summary>
internal sealed record ChangeSet(
    long Stamp,
    IReadOnlyCollection<NodeRecord> Nodes,
    IReadOnlyCollection<RelationshipRecord> Relationships,
    SchemaState Schema,
    bool SchemaChanged);
