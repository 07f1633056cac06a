using Graph.Engine.Storage;

namespace Graph.Engine.Tests.Storage;

public sealed class AdjacencyListTests
{
    [Fact]
    public void Bulk_ranges_join_existing_groups_at_their_exact_size_and_new_types_follow_in_order()
    {
        using var store = new GraphStore();
        var list = new AdjacencyList();
        var edges = Enumerable.Range(0, 5).Select(i => new EdgeEntry(store.AllocateRelationship(i < 3 ? 0 : 1, 0, 10 + i).Id, 10 + i)).ToArray();
        list.Add(0, edges[0]);

        list.AddRange(0, [edges[1], edges[2]]);
        list.AddRange(1, [edges[3], edges[4]]);

        Assert.Equal([0, 1], list.Groups.Select(g => g.Type));
        var first = list.Find(0)!;
        Assert.Equal((3, 3), (first.Count, first.Items.Length));
        Assert.Equal([10L, 11L, 12L], first.Items.Take(first.Count).Select(e => e.Other));
        Assert.Equal([13L, 14L], list.Find(1)!.Items.Select(e => e.Other));
    }

    [Fact]
    public void A_bulk_group_grows_again_by_doubling_when_a_transaction_adds_to_it()
    {
        using var store = new GraphStore();
        var list = new AdjacencyList();
        list.AddRange(0, [new EdgeEntry(store.AllocateRelationship(0, 0, 1).Id, 1)]);

        list.Add(0, new EdgeEntry(store.AllocateRelationship(0, 0, 2).Id, 2));

        var group = list.Find(0)!;
        Assert.Equal((2, 2), (group.Count, group.Items.Length));
        Assert.Equal([1L, 2L], group.Items.Select(e => e.Other));
    }
}
