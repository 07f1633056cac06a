namespace Graph.Engine.Storage;

/// <summary>
/// A node's edges in one direction, grouped by relationship type so a typed expansion
/// (<c>-[:SUPPLIES]-&gt;</c>) touches only its own group. Most nodes have 1–3 types, so the
/// groups are a small array scanned linearly.
/// </summary>
internal sealed class AdjacencyList
{
    private TypedEdgeList[] _groups = [];

    /// <summary>The groups; a reader takes this array once and walks it.</summary>
    public TypedEdgeList[] Groups => Volatile.Read(ref _groups);

    public TypedEdgeList? Find(int type)
    {
        foreach (var g in Groups)
        {
            if (g.Type == type)
            {
                return g;
            }
        }

        return null;
    }

    public void Add(int type, EdgeEntry entry)
    {
        var group = Find(type);
        if (group is null)
        {
            group = new TypedEdgeList(type);
            Append(group);
        }

        group.Add(entry);
    }

    /// <summary>
    /// Adds a bulk load's edges of one type: a new group takes <paramref name="entries"/> as its array, an
    /// existing one grows to exactly its new count. Writer only; <paramref name="entries"/> must not be reused.
    /// </summary>
    public void AddRange(int type, EdgeEntry[] entries)
    {
        if (Find(type) is { } group)
        {
            group.AddRange(entries);
        }
        else
        {
            Append(new TypedEdgeList(type, entries));
        }
    }

    private void Append(TypedEdgeList group)
    {
        var groups = _groups;
        var grown = new TypedEdgeList[groups.Length + 1];
        Array.Copy(groups, grown, groups.Length);
        grown[groups.Length] = group;
        Volatile.Write(ref _groups, grown);
    }
}
