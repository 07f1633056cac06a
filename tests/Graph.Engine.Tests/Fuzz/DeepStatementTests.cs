using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// Regression tests for crashes the engine fuzz test found: statements deep or long enough to overflow the stack of a
/// request thread (which kills the process) or to take exponential time. Each runs like a fuzz case, on a thread with
/// a 1.5 MB stack under a watchdog.
/// </summary>
public sealed class DeepStatementTests : IDisposable
{
    // Whether a statement this deep fits a 1.5 MB stack depends on the code the JIT has made of the recursive walks by
    // then (optimised frames are smaller): in a full test run it often does. Either outcome is right; a crash, an
    // untyped error or a hang (the runner's failures) is not.
    private static readonly FuzzOutcome[] RunOrRefused = [FuzzOutcome.Result, FuzzOutcome.Error(StatusCodes.SemanticError)];

    private readonly EngineFuzzRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void Chains_of_3000_terms_of_every_kind_run_or_are_refused_instead_of_overflowing_the_stack()
    {
        string[] chains =
        [
            $"RETURN {Repeat("1 + ", 3000)}1 AS v", $"RETURN {Repeat("true AND ", 3000)}true AS v", $"RETURN {Repeat("NOT ", 3000)}true AS v",
            $"RETURN {Repeat("- ", 3000)}1 AS v", $"RETURN {Repeat("1 < ", 3000)}1 AS v", $"RETURN {Repeat("2 ^ ", 3000)}1 AS v",
            $"RETURN [1]{Repeat("[0]", 3000)} AS v", $"WITH {{a: 1}} AS m RETURN m{Repeat(".a", 3000)} AS v",
            $"RETURN 'a'{Repeat(" STARTS WITH 'a'", 3000)} AS v", $"MATCH (n) WHERE {Repeat("n.age > 1 OR ", 3000)}true RETURN n",
            $"MATCH (n) SET n.v = {Repeat("1 + ", 3000)}1",
        ];
        Assert.All(chains, chain => Assert.Contains(Run(chain) with { Elapsed = default }, RunOrRefused));
    }

    [Fact]
    public void A_sum_of_300_terms_still_runs()
    {
        var outcome = Run($"RETURN {Repeat("1 + ", 299)}1 AS v");
        Assert.Null(outcome.Failure);
        Assert.Null(outcome.ErrorCode);
    }

    [Fact]
    public void Thousands_of_clauses_run_or_are_refused_instead_of_overflowing_the_stack()
    {
        string[] statements =
        [
            $"{Repeat("WITH 1 AS x ", 3000)}RETURN x", $"{Repeat("MERGE (:Q) ", 3000)}RETURN 1", $"{Repeat("OPTIONAL MATCH (a) ", 3000)}RETURN count(*)",
            $"{Repeat("CREATE (:Q) ", 3000)}RETURN 1", $"MATCH (n) {Repeat("SET n.a = 1 ", 3000)}RETURN 1", $"MATCH (a){Repeat("-->()", 500)} RETURN count(*)",
            $"PROFILE {Repeat("WITH 1 AS x ", 1000)}RETURN x",
        ];
        Assert.All(statements, statement => Assert.Contains(Run(statement) with { Elapsed = default }, RunOrRefused));
    }

    [Fact]
    public void Sixty_unary_signs_bind_and_run_without_exponential_work()
    {
        // Binding asked each sign's operand for its kind twice, and unary plus evaluated its operand twice: 2^60 steps
        // either way, which the runner's watchdog would report.
        var outcome = Run($"RETURN {Repeat("-", 60)}1 AS v, {Repeat("+", 60)}1.5 AS w, {Repeat("- +", 30)}2 AS x");
        Assert.Null(outcome.Failure);
        Assert.Null(outcome.ErrorCode);
    }

    private FuzzOutcome Run(string statement) =>
        _runner.Run(new FuzzCase(statement, [], new Dictionary<string, object?>(StringComparer.Ordinal), AccessMode.Write));

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
