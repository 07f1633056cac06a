using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Tests.Values;

public sealed class ValueOrderingTests
{
    [Fact]
    public void Types_sort_in_Neo4j_order_with_NaN_after_numbers_and_null_last()
    {
        var a = new NodeSnapshot(1, "n1", ["N"], new Dictionary<string, object?>());
        var b = new NodeSnapshot(2, "n2", [], new Dictionary<string, object?>());
        var r = new RelationshipSnapshot(3, "r3", "REL", 1, "n1", 2, "n2", new Dictionary<string, object?>());
        var path = new GraphPath([a, b], [r]);
        var map = new Dictionary<string, object?> { ["a"] = "map" };
        var list = new object?[] { "list" };
        object?[] values = [path, 1.5, null, double.NaN, "text", r, false, list, map, a, CypherDate.Parse("2020-01-01"), CypherDuration.Parse("P1D")];

        var sorted = values.Order(ValueOrdering.Comparer).ToList();

        Assert.Equal<object?>([map, a, r, list, path, values[10], values[11], "text", false, 1.5, double.NaN, null], sorted);
    }

    [Fact]
    public void Lists_sort_element_by_element()
    {
        object?[][] lists = [[], ["a"], ["a", 1L], [1L], [1L, "a"], [1L, null], [null, 1L], [null, 2L]];
        var shuffled = lists.Reverse().ToList();
        Assert.Equal(lists, shuffled.Order(ValueOrdering.Comparer).Cast<object?[]>().ToList());
    }

    [Fact]
    public void Integers_and_floats_interleave_by_value()
    {
        object?[] numbers = [3L, 2.5, 1L, -0.5, 9007199254740993L, 9007199254740992.0];
        Assert.Equal<object?>([-0.5, 1L, 2.5, 3L, 9007199254740992.0, 9007199254740993L], numbers.Order(ValueOrdering.Comparer).ToList());
    }
}
