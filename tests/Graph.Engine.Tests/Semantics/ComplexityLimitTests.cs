using Graph.Core.Errors;

namespace Graph.Engine.Tests.Semantics;

/// <summary>
/// Statements whose compilation would cost time quadratic in their length are refused while binding, before any of it
/// is spent (the HTTP fuzz found a 75,000-term chain compiling past 30 s on the service's 64 MB worker stacks, where
/// the stack check no longer stopped it); just under each bound they run.
/// </summary>
public sealed class ComplexityLimitTests
{
    [Theory]
    [InlineData("1 + ", "1")]
    [InlineData("true AND ", "true")]
    [InlineData("'a' + ", "'a'")]
    public void An_expression_chained_past_a_thousand_operations_is_refused(string link, string last)
    {
        var store = new EmbeddedGraphStore();
        var statement = $"RETURN {string.Concat(Enumerable.Repeat(link, 75_000))}{last} AS v";

        var error = Assert.Throws<CypherSemanticException>(() => RunOnLargeStack(store, statement));

        Assert.Contains("more than 1000 operations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expression_of_999_operations_runs()
    {
        var store = new EmbeddedGraphStore();

        var result = RunOnLargeStack(store, $"RETURN {string.Concat(Enumerable.Repeat("1 + ", 999))}1 AS v");

        Assert.Equal(1000L, result);
    }

    [Fact]
    public void A_match_of_more_than_a_thousand_relationships_is_refused()
    {
        var store = new EmbeddedGraphStore();
        var statement = $"MATCH (a){string.Concat(Enumerable.Repeat("-->()", 20_000))} RETURN count(*) AS n";

        var error = Assert.Throws<CypherSemanticException>(() => RunOnLargeStack(store, statement));

        Assert.Contains("names 20000 relationships", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_of_a_thousand_relationships_runs()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (a:N)-[:R]->(a)");

        // A self-loop repeated: relationship uniqueness allows one hop only, so no row comes back, but the plan runs.
        var count = RunOnLargeStack(store, $"MATCH (a){string.Concat(Enumerable.Repeat("-->()", 1_000))} RETURN count(*) AS n");

        Assert.Equal(0L, count);
    }

    /// <summary>Runs on a thread with the service's worker stack (64 MB), where the stack check alone would let it through.</summary>
    private static object? RunOnLargeStack(EmbeddedGraphStore store, string statement)
    {
        object? value = null;
        if (ThreadWithStack.Run(ThreadWithStack.Worker, () => value = store.Scalar(statement)) is { } thrown)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(thrown).Throw();
        }

        return value;
    }
}
