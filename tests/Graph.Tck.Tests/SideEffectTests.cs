using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Tck.Tests.Running;
using Graph.Tck.Tests.SideEffects;

namespace Graph.Tck.Tests;

public sealed class SideEffectTests
{
    private static NodeSnapshot Node(long id, string[] labels, params (string Key, object? Value)[] properties) =>
        new(id, $"n{id}", labels, properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    private static RelationshipSnapshot Rel(long id, string type, long start, long end) =>
        new(id, $"r{id}", type, start, $"n{start}", end, $"n{end}", new Dictionary<string, object?>());

    [Fact]
    public void Created_nodes_labels_and_properties_are_counted()
    {
        var before = new GraphSnapshot([Node(1, ["A"])], []);
        var after = new GraphSnapshot([Node(1, ["A"]), Node(2, ["A", "B"], ("name", "x"))], [Rel(1, "T", 1, 2)]);

        Assert.Equal(
            SideEffectCounts.None with { PlusNodes = 1, PlusRelationships = 1, PlusLabels = 1, PlusProperties = 1 },
            GraphSnapshot.Diff(before, after));
    }

    [Fact]
    public void Overwriting_a_property_removes_one_triple_and_adds_another()
    {
        var before = new GraphSnapshot([Node(1, [], ("v", 1L))], []);
        var after = new GraphSnapshot([Node(1, [], ("v", 2L))], []);

        Assert.Equal(SideEffectCounts.None with { PlusProperties = 1, MinusProperties = 1 }, GraphSnapshot.Diff(before, after));
    }

    [Fact]
    public void Setting_the_same_value_is_no_side_effect()
    {
        var before = new GraphSnapshot([Node(1, [], ("v", 1L))], []);
        var after = new GraphSnapshot([Node(1, [], ("v", 1L))], []);

        Assert.Equal(SideEffectCounts.None, GraphSnapshot.Diff(before, after));
    }

    [Fact]
    public void Changing_an_integer_to_the_equal_float_is_a_change()
    {
        var before = new GraphSnapshot([Node(1, [], ("v", 1L))], []);
        var after = new GraphSnapshot([Node(1, [], ("v", 1.0))], []);

        Assert.Equal(SideEffectCounts.None with { PlusProperties = 1, MinusProperties = 1 }, GraphSnapshot.Diff(before, after));
    }

    [Fact]
    public void Deleting_nodes_removes_their_properties_and_last_labels()
    {
        var before = new GraphSnapshot([Node(1, ["A"], ("a", 1L)), Node(2, ["A", "B"], ("a", 2L))], [Rel(5, "T", 1, 2)]);
        var after = new GraphSnapshot([Node(1, ["A"], ("a", 1L))], []);

        Assert.Equal(
            SideEffectCounts.None with { MinusNodes = 1, MinusRelationships = 1, MinusLabels = 1, MinusProperties = 1 },
            GraphSnapshot.Diff(before, after));
    }

    [Fact]
    public void Labels_count_distinct_names_not_assignments()
    {
        var before = new GraphSnapshot([Node(1, ["A"])], []);
        var after = new GraphSnapshot([Node(1, ["A"]), Node(2, ["A"])], []);

        Assert.Equal(SideEffectCounts.None with { PlusNodes = 1 }, GraphSnapshot.Diff(before, after));
    }

    [Fact]
    public void A_snapshot_reads_the_graph_through_two_queries()
    {
        var snapshot = GraphSnapshot.Capture(q => q.Text == GraphSnapshot.NodesQuery.Text
            ? new QueryResult(["n"], [[Node(1, ["A"], ("k", "v"))]], QueryCounters.None)
            : new QueryResult(["r"], [[Rel(9, "T", 1, 1)]], QueryCounters.None));

        Assert.Equal([1L], snapshot.NodeIds);
        Assert.Equal([9L], snapshot.RelationshipIds);
        Assert.Equal(["A"], snapshot.Labels);
        Assert.Single(snapshot.Properties);
    }

    [Fact]
    public void A_snapshot_query_returning_non_entities_is_reported()
    {
        Assert.Throws<InvalidOperationException>(() => GraphSnapshot.Capture(_ => new QueryResult(["n"], [[1L]], QueryCounters.None)));
    }

    [Fact]
    public void The_side_effect_table_lists_nonzero_counters()
    {
        var counts = SideEffectCounts.FromTable([["+nodes", "2"], ["-properties", "1"]]);

        Assert.Equal(SideEffectCounts.None with { PlusNodes = 2, MinusProperties = 1 }, counts);
        Assert.Equal("+nodes 2, -properties 1", counts.ToString());
        Assert.Equal("none", SideEffectCounts.None.ToString());
    }

    [Fact]
    public void An_unknown_counter_is_rejected()
    {
        Assert.Throws<FormatException>(() => SideEffectCounts.FromTable([["+indexes", "1"]]));
    }

    [Fact]
    public void Counters_must_agree_with_the_net_change_in_nodes_and_relationships()
    {
        var observed = SideEffectCounts.None with { PlusNodes = 1 };

        Assert.Null(ScenarioRun.CrossCheck(observed, new QueryCounters { NodesCreated = 2, NodesDeleted = 1 }));
        Assert.Null(ScenarioRun.CrossCheck(SideEffectCounts.None, new QueryCounters { PropertiesSet = 3, LabelsAdded = 1 }));
        Assert.StartsWith("nodes:", ScenarioRun.CrossCheck(observed, QueryCounters.None), StringComparison.Ordinal);
    }
}
