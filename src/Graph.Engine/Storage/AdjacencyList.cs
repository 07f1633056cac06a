using System.Numerics;
using System.Runtime.CompilerServices;

namespace Graph.Engine.Storage;

/// <summary>
/// A node's edges in one direction, grouped by relationship type so a typed expansion (<c>-[:SUPPLIES]-&gt;</c>)
/// touches only its own group. A view over one packed array on the <see cref="NodeRecord"/>:
/// <c>[groups, 0]</c>, then per group a header <c>[type, count]</c> followed by the group's room, whose first
/// <c>count</c> entries are filled. Groups keep the order their types first appeared in. Most nodes have 1–3 types,
/// so the headers are walked linearly (<see cref="FirstGroup"/>, <see cref="CountAt"/>, <see cref="NextHeader"/>).
/// </summary>
/// <remarks>
/// <para>
/// One array per node and direction: at benchmark scale L an object per group (32 bytes) with its own entry array
/// (24-byte header) over 7.5 M groups, plus an adjacency object per node and direction, made 15 M objects for the
/// collector to trace; packed, the heap after the load went from 2,063 to 1,602 MB and the load from 18.6 to 12.7 s.
/// </para>
/// <para>
/// A bulk load sizes each group exactly (room = count). A group a transaction adds to is re-laid out with room for
/// its count rounded up to a power of two, marked by storing its type complemented (negative), so its room follows
/// from its count and later additions fill it in place; that keeps additions amortised O(1) even when a transaction
/// alternates types on one node. Readers never lock: the writer changes an array in place only by filling a
/// group's free room (entries first, then the count), and otherwise copies into a new array that it publishes; an
/// array it replaced is never changed again, so a reader walking it sees a consistent (older) list.
/// </para>
/// </remarks>
internal readonly struct AdjacencyList(NodeRecord node, bool outgoing)
{
    /// <summary>Where the first group's header is.</summary>
    public const int FirstGroup = 1;

    /// <summary>The packed array; a reader takes it once and walks it.</summary>
    public EdgeEntry[] Entries => Volatile.Read(ref node.Edges(outgoing));

    /// <summary>How many groups <paramref name="entries"/> holds.</summary>
    public static int GroupCount(EdgeEntry[] entries) => entries.Length == 0 ? 0 : entries[0].Relationship;

    /// <summary>The type of the group whose header is at <paramref name="header"/>.</summary>
    public static int TypeAt(EdgeEntry[] entries, int header)
    {
        var t = entries[header].Relationship;
        return t < 0 ? ~t : t;
    }

    /// <summary>The entry count of the group whose header is at <paramref name="header"/>; its entries follow the header.</summary>
    public static int CountAt(EdgeEntry[] entries, int header) => Volatile.Read(ref Second(entries, header));

    /// <summary>The header after the group at <paramref name="header"/>, given the <paramref name="count"/> read for it.</summary>
    public static int NextHeader(EdgeEntry[] entries, int header, int count) => header + 1 + Room(entries[header].Relationship, count);

    /// <summary>Adds one edge. Writer only.</summary>
    public void Add(int type, EdgeEntry entry) => AddRange(type, [entry], exact: false);

    /// <summary>Adds a bulk load's edges of one type; a group it re-lays out gets exactly the room it needs. Writer only.</summary>
    public void AddRange(int type, ReadOnlySpan<EdgeEntry> entries) => AddRange(type, entries, exact: true);

    /// <summary>
    /// Adds a bulk load's run of edges of any types, grouped by type in order of first appearance. When the list is
    /// empty (a fresh load) the array is built at its exact size in one go. <paramref name="counts"/> and
    /// <paramref name="order"/> are scratch, indexed by type token: all zero on entry, and left so.
    /// </summary>
    public void AddRun(ReadOnlySpan<int> relationships, ReadOnlySpan<int> types, ReadOnlySpan<int> others, Span<int> counts, Span<int> order)
    {
        var distinct = 0;
        foreach (var type in types)
        {
            if (counts[type]++ == 0)
            {
                order[distinct++] = type;
            }
        }

        if (Entries.Length > 0)
        {
            for (var k = 0; k < distinct; k++)
            {
                var type = order[k];
                var run = new EdgeEntry[counts[type]];
                var n = 0;
                for (var i = 0; i < types.Length; i++)
                {
                    if (types[i] == type)
                    {
                        run[n++] = new EdgeEntry(relationships[i], others[i]);
                    }
                }

                counts[type] = 0;
                AddRange(type, run);
            }

            return;
        }

        // counts[type] becomes the position of the type's next entry.
        var packed = new EdgeEntry[FirstGroup + distinct + types.Length];
        packed[0] = new EdgeEntry(distinct, 0);
        var at = FirstGroup;
        for (var k = 0; k < distinct; k++)
        {
            var type = order[k];
            packed[at] = new EdgeEntry(type, counts[type]);
            var next = at + 1 + counts[type];
            counts[type] = at + 1;
            at = next;
        }

        for (var i = 0; i < types.Length; i++)
        {
            packed[counts[types[i]]++] = new EdgeEntry(relationships[i], others[i]);
        }

        for (var k = 0; k < distinct; k++)
        {
            counts[order[k]] = 0;
        }

        Volatile.Write(ref node.Edges(outgoing), packed);
    }

    /// <summary>A group's room: exact for a bulk-sized group, the count rounded up to a power of two for a grown one.</summary>
    private static int Room(int storedType, int count) => storedType < 0 ? (int)BitOperations.RoundUpToPowerOf2((uint)count) : count;

    private static ref int Second(EdgeEntry[] entries, int index) => ref Unsafe.Add(ref Unsafe.As<EdgeEntry, int>(ref entries[index]), 1);

    private void AddRange(int type, ReadOnlySpan<EdgeEntry> added, bool exact)
    {
        var entries = node.Edges(outgoing);
        var groups = GroupCount(entries);
        var found = -1;
        var end = FirstGroup;
        for (var g = 0; g < groups; g++)
        {
            var count = CountAt(entries, end);
            if (TypeAt(entries, end) == type)
            {
                found = end;

                // Free room in a grown group: fill it, then publish the count (the room stays the same power of two).
                if (entries[end].Relationship < 0 && count + added.Length <= Room(-1, count))
                {
                    added.CopyTo(entries.AsSpan(end + 1 + count));
                    Volatile.Write(ref Second(entries, end), count + added.Length);
                    return;
                }
            }

            end = NextHeader(entries, end, count);
        }

        // Re-lay out into a new array: the grown (or new) group gets room for its new count, the others keep theirs.
        var foundCount = found < 0 ? 0 : CountAt(entries, found);
        var newCount = foundCount + added.Length;
        var room = exact ? newCount : Room(-1, newCount);
        var oldRoom = found < 0 ? 0 : NextHeader(entries, found, foundCount) - found - 1;
        var grown = new EdgeEntry[(groups == 0 ? FirstGroup : end) + (found < 0 ? 1 : 0) + room - oldRoom];
        grown[0] = new EdgeEntry(found < 0 ? groups + 1 : groups, 0);
        var at = FirstGroup;
        var from = FirstGroup;
        for (var g = 0; g < groups; g++)
        {
            var next = NextHeader(entries, from, CountAt(entries, from));
            if (from == found)
            {
                at = Place(grown, at, type, entries.AsSpan(from + 1, foundCount), added, room, exact);
            }
            else
            {
                entries.AsSpan(from, next - from).CopyTo(grown.AsSpan(at));
                at += next - from;
            }

            from = next;
        }

        if (found < 0)
        {
            Place(grown, at, type, [], added, room, exact);
        }

        Volatile.Write(ref node.Edges(outgoing), grown);
    }

    /// <summary>Writes a group at <paramref name="at"/> with <paramref name="room"/> entries of room; returns the next header's position.</summary>
    private static int Place(EdgeEntry[] into, int at, int type, ReadOnlySpan<EdgeEntry> old, ReadOnlySpan<EdgeEntry> added, int room, bool exact)
    {
        into[at] = new EdgeEntry(exact ? type : ~type, old.Length + added.Length);
        old.CopyTo(into.AsSpan(at + 1));
        added.CopyTo(into.AsSpan(at + 1 + old.Length));
        return at + 1 + room;
    }
}
