using Graph.Engine.Storage;

namespace Graph.Engine.Sqlite;

/// <summary>
/// Adds committed records straight into a <see cref="GraphStore"/>, bypassing transactions: for loading the file
/// at open and for bulk import. Every record gets a version stamped <c>stamp</c>; labels and the schema's property
/// and full-text indexes are filled as records arrive; the adjacency of the added relationships is built in one go
/// by <see cref="BuildAdjacency"/>, which callers run after the last relationship and before they publish the stamp.
/// Only safe while no writer runs (at open, or holding the store's write lock).
/// </summary>
internal sealed partial class BulkGraphWriter(GraphStore store, SchemaState schema, long stamp)
{
    // Committed versions are never changed in place (a write makes a new version), so every property-less
    // relationship can share one: 9.3M relationships at benchmark scale L save ~450 MB.
    private readonly RelationshipVersion _bare = new(stamp, 0, null, false, PropertyMap.Empty);
    private readonly List<FullTextIndex> _fullText = [.. schema.Indexes.Select(i => i.FullText).OfType<FullTextIndex>()];

    // The relationships added since then have no adjacency yet (BuildAdjacency).
    private long _firstWithoutAdjacency = store.RelationshipLimit;

    public GraphStore Store => store;

    /// <summary>Sizes the node slot array for <paramref name="count"/> more nodes, exactly (no doubling slack).</summary>
    public void ExpectNodes(long count) => store.ReserveNodeSlots(SlotLimit(store.NodeLimit, count, "nodes"));

    /// <summary>Sizes the relationship slot array for <paramref name="count"/> more relationships, exactly.</summary>
    public void ExpectRelationships(long count) => store.ReserveRelationshipSlots(SlotLimit(store.RelationshipLimit, count, "relationships"));

    private static long SlotLimit(long current, long count, string what) =>
        count >= 0 && current + count <= Array.MaxLength
            ? current + count
            : throw new FormatException($"{count} more {what} do not fit in one store");

    /// <summary>Adds a node at <paramref name="id"/> (at or past the current limit; the slots between stay empty).</summary>
    public NodeRecord AddNode(long id, int[] sortedLabels, PropertyMap properties)
    {
        ReserveNodes(id);
        return AddNode(sortedLabels, properties);
    }

    /// <summary>Adds a node at the next free id.</summary>
    public NodeRecord AddNode(int[] sortedLabels, PropertyMap properties)
    {
        var record = store.AllocateNode();
        var version = new NodeVersion(stamp, 0, null, false, sortedLabels, properties);
        record.Head = version;
        Index(record.Id, version);
        return record;
    }

    /// <summary>Leaves empty node slots up to <paramref name="limit"/>, so ids the file has seen are not handed out again.</summary>
    public void ReserveNodes(long limit)
    {
        while (store.NodeLimit < limit)
        {
            store.AllocateNode();
        }
    }

    public RelationshipRecord AddRelationship(long id, int type, long start, long end, PropertyMap properties)
    {
        ReserveRelationships(id);
        return AddRelationship(type, start, end, properties);
    }

    /// <summary>Adds a relationship; its adjacency entries come with <see cref="BuildAdjacency"/>.</summary>
    public RelationshipRecord AddRelationship(int type, long start, long end, PropertyMap properties)
    {
        LiveNode(start);
        LiveNode(end);
        return AddRelationshipBetweenAdded(type, start, end, properties);
    }

    /// <summary>
    /// Adds a relationship between nodes this writer added, unchecked: an import resolves its ids within its own
    /// files. Checking each end's record and version anyway cost 14% of the load at benchmark scale L (two cache
    /// misses per end, 18.7 M ends).
    /// </summary>
    public RelationshipRecord AddRelationshipBetweenAdded(int type, long start, long end, PropertyMap properties)
    {
        var record = store.AllocateRelationship(type, start, end);
        record.Head = properties.Count == 0 ? _bare : new RelationshipVersion(stamp, 0, null, false, properties);
        return record;
    }

    public void ReserveRelationships(long limit)
    {
        while (store.RelationshipLimit < limit)
        {
            store.AllocateRelationship(0, 0, 0);
        }
    }

    private void LiveNode(long id)
    {
        if (store.Node(id)?.Head is not { Deleted: false })
        {
            throw new FormatException($"a relationship refers to node {id}, which does not exist");
        }
    }

    private void Index(long id, NodeVersion version)
    {
        foreach (var label in version.Labels)
        {
            store.LabelIndex.Add(label, id);
            if (schema.IndexesOn(label) is { } indexes)
            {
                foreach (var index in indexes)
                {
                    index.Add(version.Properties.Get(index.Key), id);
                }
            }
        }

        foreach (var index in _fullText)
        {
            if (!index.Covers(version.Labels))
            {
                continue;
            }

            foreach (var key in index.Keys)
            {
                foreach (var text in FullTextValues.Texts(version.Properties.Get(key)))
                {
                    index.Add(id, text);
                }
            }
        }
    }
}
