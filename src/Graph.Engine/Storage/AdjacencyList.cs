namespace Graph.Engine.Storage;

/// <summary>
/// A node's edges in one direction, grouped by relationship type so a typed expansion
/// (<c>-[:SUPPLIES]-&gt;</c>) touches only its own group. Most nodes have 1–3 types, so the
/// groups are a small array scanned linearly. A view: the group array lives on the <see cref="NodeRecord"/>.
/// </summary>
/// <remarks>
/// A view rather than an object per node and direction: at benchmark scale L that was 4 M objects of 24 bytes.
/// </remarks>
internal readonly struct AdjacencyList(NodeRecord node, bool outgoing)
{
    /// <summary>The groups; a reader takes this array once and walks it by index (see <see cref="AdjacencyGroup"/>).</summary>
    public AdjacencyGroup[] Groups => Volatile.Read(ref node.Groups(outgoing));

    /// <summary>The index of the group of <paramref name="type"/> in <paramref name="groups"/>, or -1.</summary>
    public static int IndexOf(AdjacencyGroup[] groups, int type)
    {
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds one edge. Writer only.</summary>
    public void Add(int type, EdgeEntry entry)
    {
        var groups = Groups;
        var i = IndexOf(groups, type);
        if (i < 0)
        {
            Append(groups, new AdjacencyGroup(type, [entry, default], 1));
        }
        else
        {
            groups[i].Add(entry);
        }
    }

    /// <summary>
    /// Adds a bulk load's edges of one type: a new group takes <paramref name="entries"/> as its array, an
    /// existing one grows to exactly its new count. Writer only; <paramref name="entries"/> must not be reused.
    /// </summary>
    public void AddRange(int type, EdgeEntry[] entries)
    {
        var groups = Groups;
        var i = IndexOf(groups, type);
        if (i < 0)
        {
            Append(groups, new AdjacencyGroup(type, entries, entries.Length));
        }
        else
        {
            groups[i].AddRange(entries);
        }
    }

    private void Append(AdjacencyGroup[] groups, AdjacencyGroup group)
    {
        // Copying the elements is safe here: only the writer changes them.
        var grown = new AdjacencyGroup[groups.Length + 1];
        Array.Copy(groups, grown, groups.Length);
        grown[groups.Length] = group;
        Volatile.Write(ref node.Groups(outgoing), grown);
    }
}
