using Graph.Core.Errors;
using Graph.Core.Values;
using static Graph.Engine.Tests.Functions.Calls;

namespace Graph.Engine.Tests.Functions;

public sealed class ListAndEntityFunctionsTests
{
    [Fact]
    public void Range_is_lazy_and_validates_its_arguments()
    {
        Assert.Equal<object?>([10L, 7L, 4L, 1L, -2L, -5L, -8L], (IEnumerable<object?>)Call("range", 10L, -10L, -3L)!);
        Assert.Empty((IEnumerable<object?>)Call("range", 0L, -1L)!);
        Assert.Equal(1_000_001, ((IReadOnlyList<object?>)Call("range", 1_000_000L, 2_000_000L)!).Count);
        Assert.Equal("NumberOutOfRange", Assert.Throws<CypherArgumentException>(() => Call("range", 2L, 8L, 0L)).Detail);
        Assert.Equal("InvalidArgumentType", Assert.Throws<CypherArgumentException>(() => Call("range", 0.0, 1L)).Detail);
    }

    [Fact]
    public void Head_last_tail_and_size_handle_empty_and_null()
    {
        Assert.Null(Call("head", Array.Empty<object?>()));
        Assert.Equal(3L, Call("last", new object?[] { 1L, 2L, 3L }));
        Assert.Equal<object?>([2L, 3L], (IEnumerable<object?>)Call("tail", new object?[] { 1L, 2L, 3L })!);
        Assert.Equal(3L, Call("size", new long[] { 1, 2, 3 }));
        Assert.Null(Call("size", null));
        Assert.Equal(true, Call("isEmpty", string.Empty));
        Assert.Equal(false, Call("isEmpty", new Dictionary<string, object?> { ["a"] = 1L }));
        Assert.Equal(2L, Call("coalesce", null, 2L, 3L));
        Assert.Null(Call("nullIf", 1L, 1.0));
    }

    [Fact]
    public void Entity_functions_read_nodes_relationships_and_paths()
    {
        var a = new NodeSnapshot(1, "4:x:1", ["A", "B"], new Dictionary<string, object?> { ["name"] = "a" });
        var b = new NodeSnapshot(2, "4:x:2", [], new Dictionary<string, object?>());
        var r = new RelationshipSnapshot(7, "5:x:7", "T", 1, "4:x:1", 2, "4:x:2", new Dictionary<string, object?> { ["w"] = 1L });
        Context.Nodes.Add(a);
        Context.Nodes.Add(b);

        Assert.Equal<object?>(["A", "B"], (IEnumerable<object?>)Call("labels", a)!);
        Assert.Equal("T", Call("type", r));
        Assert.Equal(7L, Call("id", r));
        Assert.Equal("4:x:1", Call("elementId", a));
        Assert.Equal<object?>(["name"], (IEnumerable<object?>)Call("keys", a)!);
        Assert.Equal(1L, ((IReadOnlyDictionary<string, object?>)Call("properties", r)!)["w"]);
        Assert.Same(a, Call("startNode", r));
        Assert.Same(b, Call("endNode", r));
        var path = new GraphPath([a, b], [r]);
        Assert.Equal(1L, Call("length", path));
        Assert.Equal<object?>([a, b], (IEnumerable<object?>)Call("nodes", path)!);
        Assert.Equal("InvalidArgumentValue", Assert.Throws<CypherTypeException>(() => Call("labels", 1L)).Detail);
        Assert.Throws<CypherTypeException>(() => Call("type", a));
    }
}
