using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Tck.Tests.Comparison;

namespace Graph.Tck.Tests;

public sealed class ResultTableComparerTests
{
    private static string[][] Table(params string[][] rows) => rows;

    private static QueryResult Result(string[] fields, params object?[][] rows) => new(fields, rows, QueryCounters.None);

    [Fact]
    public void Rows_in_any_order_match_as_a_bag()
    {
        var table = Table(["x"], ["1"], ["2"], ["2"]);

        Assert.Null(ResultTableComparer.Compare(table, Result(["x"], [2L], [1L], [2L]), ResultOrdering.AnyOrder));
    }

    [Fact]
    public void Multiplicity_counts_in_a_bag()
    {
        var reason = ResultTableComparer.Compare(Table(["x"], ["1"], ["2"], ["2"]), Result(["x"], [2L], [1L], [1L]), ResultOrdering.AnyOrder);

        Assert.NotNull(reason);
        Assert.Contains("missing 1: (2)", reason, StringComparison.Ordinal);
        Assert.Contains("unexpected 1: (1)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordered_results_must_follow_the_table()
    {
        var table = Table(["x"], ["1"], ["2"]);

        Assert.Null(ResultTableComparer.Compare(table, Result(["x"], [1L], [2L]), ResultOrdering.InOrder));
        Assert.Equal("row 1 differs: expected 1, got 2", ResultTableComparer.Compare(table, Result(["x"], [2L], [1L]), ResultOrdering.InOrder));
    }

    [Fact]
    public void Column_names_and_their_order_must_match()
    {
        var table = Table(["a", "b"], ["1", "2"]);

        Assert.Null(ResultTableComparer.Compare(table, Result(["a", "b"], [1L, 2L]), ResultOrdering.AnyOrder));
        Assert.StartsWith("columns differ", ResultTableComparer.Compare(table, Result(["b", "a"], [2L, 1L]), ResultOrdering.AnyOrder), StringComparison.Ordinal);
    }

    [Fact]
    public void An_integer_does_not_match_a_float()
    {
        Assert.NotNull(ResultTableComparer.Compare(Table(["x"], ["1"]), Result(["x"], [1.0]), ResultOrdering.AnyOrder));
        Assert.NotNull(ResultTableComparer.Compare(Table(["x"], ["1.0"]), Result(["x"], [1L]), ResultOrdering.AnyOrder));
    }

    [Fact]
    public void NaN_matches_NaN()
    {
        Assert.Null(ResultTableComparer.Compare(Table(["x"], ["NaN"]), Result(["x"], [double.NaN]), ResultOrdering.AnyOrder));
    }

    [Fact]
    public void List_order_matters_unless_ignored()
    {
        var table = Table(["l"], ["[1, 2]"]);
        var result = Result(["l"], [[new object?[] { 2L, 1L }]]);

        Assert.NotNull(ResultTableComparer.Compare(table, result, ResultOrdering.AnyOrder));
        Assert.Null(ResultTableComparer.Compare(table, result, ResultOrdering.FromStep("the result should be (ignoring element order for lists):")!));
    }

    [Fact]
    public void Nodes_match_by_labels_and_properties_not_ids()
    {
        var node = new NodeSnapshot(42, "4:x:42", ["B", "A"], new Dictionary<string, object?> { ["num"] = 1L, ["name"] = "n" });

        Assert.Null(ResultTableComparer.Compare(Table(["n"], ["(:A:B {name: 'n', num: 1})"]), Result(["n"], [node]), ResultOrdering.AnyOrder));
        Assert.NotNull(ResultTableComparer.Compare(Table(["n"], ["(:A {name: 'n', num: 1})"]), Result(["n"], [node]), ResultOrdering.AnyOrder));
    }

    [Fact]
    public void Maps_match_regardless_of_key_order()
    {
        var map = new Dictionary<string, object?> { ["b"] = null, ["a"] = "x" };

        Assert.Null(ResultTableComparer.Compare(Table(["m"], ["{a: 'x', b: null}"]), Result(["m"], [map]), ResultOrdering.AnyOrder));
    }

    [Fact]
    public void The_empty_result_ignores_columns()
    {
        Assert.Null(ResultTableComparer.CompareEmpty(Result(["anything"])));
        Assert.NotNull(ResultTableComparer.CompareEmpty(Result(["x"], [1L])));
    }

    [Fact]
    public void A_header_without_rows_expects_no_rows()
    {
        Assert.Null(ResultTableComparer.Compare(Table(["n"]), Result(["n"]), ResultOrdering.AnyOrder));
        Assert.NotNull(ResultTableComparer.Compare(Table(["n"]), Result(["n"], [1L]), ResultOrdering.AnyOrder));
    }

    [Theory]
    [InlineData("the result should be, in any order:", false, false)]
    [InlineData("the result should be, in order:", true, false)]
    [InlineData("the result should be (ignoring element order for lists):", false, true)]
    [InlineData("the result should be, in order (ignoring element order for lists):", true, true)]
    public void Result_steps_say_how_to_compare(string step, bool ordered, bool ignoreListOrder)
    {
        Assert.Equal(new ResultOrdering(ordered, ignoreListOrder), ResultOrdering.FromStep(step));
    }
}
