using System.Globalization;
using Graph.Engine.Storage;

namespace Graph.Engine.Tests.Storage;

public sealed class AdjacencyListTests
{
    [Fact]
    public void Bulk_ranges_join_existing_groups_at_their_exact_size_and_new_types_follow_in_order()
    {
        var list = new NodeRecord(0).Outgoing;
        list.Add(0, new EdgeEntry(0, 10));

        list.AddRange(0, [new EdgeEntry(1, 11), new EdgeEntry(2, 12)]);
        list.AddRange(1, [new EdgeEntry(3, 13), new EdgeEntry(4, 14)]);

        Assert.Equal(["0:10,11,12", "1:13,14"], Groups(list));
        Assert.Equal(1 + 1 + 3 + 1 + 2, list.Entries.Length);
    }

    [Fact]
    public void Additions_to_a_grown_group_fill_its_room_in_place()
    {
        var list = new NodeRecord(0).Incoming;
        list.AddRange(0, [new EdgeEntry(0, 1)]);
        list.Add(0, new EdgeEntry(1, 2));
        list.Add(0, new EdgeEntry(2, 3));
        var grown = list.Entries;

        list.Add(0, new EdgeEntry(3, 4));

        Assert.Same(grown, list.Entries);
        Assert.Equal(["0:1,2,3,4"], Groups(list));
    }

    [Fact]
    public void Adding_to_an_earlier_group_keeps_the_order_and_leaves_the_old_array_as_it_was()
    {
        var list = new NodeRecord(0).Outgoing;
        list.AddRange(0, [new EdgeEntry(0, 1)]);
        list.AddRange(1, [new EdgeEntry(1, 2)]);
        var before = list.Entries;

        list.Add(0, new EdgeEntry(2, 3));

        Assert.Equal(["0:1,3", "1:2"], Groups(list));
        Assert.Equal(["0:1", "1:2"], Groups(before));
    }

    [Fact]
    public void Alternating_additions_to_two_groups_replace_the_array_a_logarithmic_number_of_times()
    {
        var list = new NodeRecord(0).Outgoing;
        var replaced = 0;
        var last = list.Entries;
        for (var i = 0; i < 1000; i++)
        {
            list.Add(i % 2, new EdgeEntry(i, i));
            if (!ReferenceEquals(last, list.Entries))
            {
                replaced++;
                last = list.Entries;
            }
        }

        // Each group's room doubles when it fills: about log2(500) replacements per group.
        Assert.InRange(replaced, 2, 2 * 10);
        Assert.Equal(500, AdjacencyList.CountAt(list.Entries, AdjacencyList.FirstGroup));
    }

    [Fact]
    public void A_run_of_mixed_types_is_packed_by_type_in_order_of_first_appearance()
    {
        var list = new NodeRecord(0).Outgoing;
        var counts = new int[3];
        var order = new int[3];

        list.AddRun([0, 1, 2, 3], [2, 0, 2, 1], [10, 11, 12, 13], counts, order);

        Assert.Equal(["2:10,12", "0:11", "1:13"], Groups(list));
        Assert.Equal(1 + 3 + 4, list.Entries.Length);
        Assert.All(counts, c => Assert.Equal(0, c));
    }

    [Fact]
    public void A_node_keeps_its_two_directions_apart()
    {
        var node = new NodeRecord(0);

        node.Outgoing.Add(3, new EdgeEntry(0, 7));

        Assert.Equal(["3:7"], Groups(node.Outgoing));
        Assert.Empty(Groups(node.Incoming));
    }

    private static List<string> Groups(AdjacencyList list) => Groups(list.Entries);

    /// <summary>Each group as "type:other,other,…".</summary>
    private static List<string> Groups(EdgeEntry[] entries)
    {
        var groups = new List<string>();
        var header = AdjacencyList.FirstGroup;
        for (var g = AdjacencyList.GroupCount(entries); g > 0; g--)
        {
            var count = AdjacencyList.CountAt(entries, header);
            var others = entries.Skip(header + 1).Take(count).Select(e => e.Other.ToString(CultureInfo.InvariantCulture));
            groups.Add(AdjacencyList.TypeAt(entries, header).ToString(CultureInfo.InvariantCulture) + ":" + string.Join(',', others));
            header = AdjacencyList.NextHeader(entries, header, count);
        }

        return groups;
    }
}
