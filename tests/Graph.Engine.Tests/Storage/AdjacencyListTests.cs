using Graph.Engine.Storage;

namespace Graph.Engine.Tests.Storage;

public sealed class AdjacencyListTests
{
    [Fact]
    public void Bulk_ranges_join_existing_groups_at_their_exact_size_and_new_types_follow_in_order()
    {
        using var store = new GraphStore();
        var list = new NodeRecord(0).Outgoing;
        var edges = Enumerable.Range(0, 5).Select(i => new EdgeEntry(store.AllocateRelationship(i < 3 ? 0 : 1, 0, 10 + i).Id, 10 + i)).ToArray();
        list.Add(0, edges[0]);

        list.AddRange(0, [edges[1], edges[2]]);
        list.AddRange(1, [edges[3], edges[4]]);

        var groups = list.Groups;
        Assert.Equal([0, 1], groups.Select(g => g.Type));
        Assert.Equal((3, 3), (groups[0].Count, groups[0].Items.Length));
        Assert.Equal([10L, 11L, 12L], groups[0].Items.Take(groups[0].Count).Select(e => e.Other));
        Assert.Equal([13L, 14L], groups[AdjacencyList.IndexOf(groups, 1)].Items.Select(e => e.Other));
    }

    [Fact]
    public void A_bulk_group_grows_again_by_doubling_when_a_transaction_adds_to_it()
    {
        using var store = new GraphStore();
        var list = new NodeRecord(0).Incoming;
        list.AddRange(0, [new EdgeEntry(store.AllocateRelationship(0, 1, 0).Id, 1)]);

        list.Add(0, new EdgeEntry(store.AllocateRelationship(0, 2, 0).Id, 2));

        var groups = list.Groups;
        Assert.Equal((2, 2), (groups[0].Count, groups[0].Items.Length));
        Assert.Equal([1L, 2L], groups[0].Items.Select(e => e.Other));
    }

    [Fact]
    public void A_node_keeps_its_two_directions_apart()
    {
        using var store = new GraphStore();
        var node = new NodeRecord(0);

        node.Outgoing.Add(3, new EdgeEntry(store.AllocateRelationship(3, 0, 7).Id, 7));

        Assert.Equal(3, Assert.Single(node.Outgoing.Groups).Type);
        Assert.Empty(node.Incoming.Groups);
    }
}
