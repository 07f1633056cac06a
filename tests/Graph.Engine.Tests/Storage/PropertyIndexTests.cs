using Graph.Engine.Storage;

namespace Graph.Engine.Tests.Storage;

public sealed class PropertyIndexTests
{
    [Fact]
    public void A_value_with_one_node_seeks_to_that_node()
    {
        var index = new PropertyIndex(0, 0);

        index.Add("港城", 7);

        Assert.Equal([7L], Ids(index.Seek("港城")));
        Assert.Null(index.Seek("海城"));
    }

    [Fact]
    public void A_value_shared_by_more_nodes_lists_them_in_order_and_a_repeated_add_once()
    {
        var index = new PropertyIndex(0, 0);

        index.Add(2021L, 1);
        index.Add(2021L, 1);
        index.Add(2021.0, 2);
        index.Add(2021, 2);
        index.Add(2021L, 3);

        Assert.Equal([1L, 2L, 3L], Ids(index.Seek(2021L)));
    }

    [Fact]
    public void Prefix_and_range_seeks_find_single_and_shared_values()
    {
        var index = new PropertyIndex(0, 0);
        index.Add("西青区", 1);
        index.Add("西青区", 2);
        index.Add("西青开发区", 3);
        index.Add("东丽区", 4);

        Assert.Equal([1L, 2L, 3L], index.SeekPrefix("西青").SelectMany(Ids).Order());
        Assert.Equal([1L, 2L, 3L], index.SeekRange("西", upward: true).SelectMany(Ids).Order());
    }

    private static long[] Ids(IdList? list) => list is null ? [] : list.Items.Take(list.Count).ToArray();
}
