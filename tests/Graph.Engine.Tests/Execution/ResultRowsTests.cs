using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;

namespace Graph.Engine.Tests.Execution;

/// <summary>Result rows leave the engine under the response budget, and values too deep to walk never leave it.</summary>
public sealed class ResultRowsTests
{
    private const string Deep = "RETURN reduce(a = [], i IN range(1, 30000) | [a]) AS x";

    [Fact]
    public void Rows_past_the_response_budget_are_cut_and_the_result_says_so()
    {
        var store = new EmbeddedGraphStore();

        var result = store.Run(new CypherQuery("UNWIND range(1, 10000) AS i RETURN range(1, 3000) AS r"), AccessMode.Read, new QueryOptions { MaxResponseBytes = 1 << 20 });

        Assert.True(result.Truncated);
        Assert.InRange(result.Rows.Count, 1, 20);
    }

    [Fact]
    public void A_first_row_alone_past_the_response_budget_is_a_memory_error()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<MemoryLimitException>(() => store.Run(
            new CypherQuery("WITH reduce(s = 'x', i IN range(1, 20) | s + s) AS s UNWIND range(1, 100) AS i RETURN s"), AccessMode.Read, new QueryOptions { MaxResponseBytes = 1 << 20 }));

        Assert.Contains("Graph:Cypher:MaxResponseBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_writing_statement_cut_by_the_response_budget_still_runs_to_its_end()
    {
        var store = new EmbeddedGraphStore();

        var result = store.Run(new CypherQuery("UNWIND range(1, 50) AS i CREATE (n:T {i: i}) RETURN range(1, 3000) AS r"), AccessMode.Write, new QueryOptions { MaxResponseBytes = 200_000 });

        Assert.True(result.Truncated);
        Assert.Equal(50L, store.Scalar("MATCH (n:T) RETURN count(n)"));
    }

    [Fact]
    public void A_value_nested_30000_deep_is_refused_with_a_clear_error_not_a_stack_overflow()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<ValueTooDeepException>(() => store.Run(Deep));

        Assert.Equal(StatusCodes.ValueTooDeep, error.Code);
    }

    [Fact]
    public async Task Deep_values_are_refused_on_a_default_thread_stack_too()
    {
        var store = new EmbeddedGraphStore();
        var error = await Task.Run(() => ThreadWithStack.Run(ThreadWithStack.RequestThread, () => store.Run(Deep)));

        Assert.IsType<ValueTooDeepException>(error);
    }

    [Theory]
    [InlineData("WITH reduce(a = [], i IN range(1, 30000) | [a]) AS x RETURN x = x AS b")]
    [InlineData("WITH reduce(a = [], i IN range(1, 30000) | [a]) AS x RETURN x < x AS b")]
    [InlineData("WITH reduce(a = [], i IN range(1, 30000) | [a]) AS x RETURN count(DISTINCT x) AS b")]
    [InlineData("WITH reduce(a = [], i IN range(1, 30000) | [a]) AS x RETURN x ORDER BY x")]
    [InlineData("UNWIND [1, 2, 3] AS i WITH i, reduce(a = [], j IN range(1, 30000) | [a]) AS x RETURN i ORDER BY x")]
    [InlineData("UNWIND [1, 2, 3] AS i WITH i, reduce(a = [], j IN range(1, 30000) | [a]) AS x RETURN i ORDER BY x LIMIT 2")]
    [InlineData("WITH reduce(a = {}, i IN range(1, 30000) | {a: a}) AS x RETURN x = x AS b")]
    [InlineData("WITH reduce(a = [], i IN range(1, 30000) | [a]) AS x RETURN toUpper(x) AS b")]
    public void Comparing_grouping_or_printing_a_deep_value_is_refused_on_a_default_thread_stack(string statement)
    {
        var store = new EmbeddedGraphStore();
        var error = ThreadWithStack.Run(ThreadWithStack.RequestThread, () => store.Run(statement));

        Assert.True(error is ValueTooDeepException or CypherTypeException, $"got {error}");
    }

    [Fact]
    public void A_value_at_the_nesting_bound_is_returned()
    {
        var store = new EmbeddedGraphStore();

        var value = store.Scalar($"RETURN reduce(a = [], i IN range(1, {ValueNesting.MaxDepth - 1}) | [a]) AS x");

        var depth = 0;
        while (value is IReadOnlyList<object?> { Count: 1 } list)
        {
            value = list[0];
            depth++;
        }

        Assert.Equal(ValueNesting.MaxDepth - 1, depth);
    }
}
