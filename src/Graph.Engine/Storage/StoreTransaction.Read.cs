namespace Graph.Engine.Storage;

/// <summary>Reads: what this transaction sees.</summary>
internal sealed partial class StoreTransaction
{
    public long NodeLimit => Store.NodeLimit;

    public long RelationshipLimit => Store.RelationshipLimit;

    /// <summary>The node's visible version, tombstones included (null when the node does not exist for this transaction).</summary>
    public NodeVersion? NodeState(NodeRecord record) => record.At(Snapshot);

    /// <summary>The visible, undeleted version of node <paramref name="id"/>, or null.</summary>
    public NodeVersion? LiveNode(long id)
    {
        var record = Store.Node(id);
        if (record is null)
        {
            return null;
        }

        var v = record.At(Snapshot);
        return v is null || v.Deleted ? null : v;
    }

    public NodeRecord? NodeRecord(long id) => Store.Node(id);

    public RelationshipRecord? RelationshipRecord(long id) => Store.Relationship(id);

    public RelationshipVersion? RelationshipState(RelationshipRecord record) => record.At(Snapshot);

    /// <summary>The visible, undeleted version of a relationship, or null.</summary>
    public RelationshipVersion? LiveRelationship(RelationshipRecord record)
    {
        var v = record.At(Snapshot);
        return v is null || v.Deleted ? null : v;
    }

    public bool IsLive(RelationshipRecord record) => record.IsLiveAt(Snapshot);

    /// <summary>Ids of nodes that may carry the label (re-check each), or null when none ever did.</summary>
    public IdList? LabelCandidates(int label) => Store.LabelIndex.Candidates(label);

    /// <summary>True when some visible node has the label token (for db.labels()).</summary>
    public bool LabelInUse(int label)
    {
        var ids = LabelCandidates(label);
        if (ids is null)
        {
            return false;
        }

        var count = ids.Count;
        var items = ids.Items;
        for (var i = 0; i < count; i++)
        {
            var v = LiveNode(items[i]);
            if (v is not null && v.HasLabel(label))
            {
                return true;
            }
        }

        return false;
    }
}
