using Graph.Tck.Tests.Running;

namespace Graph.Tck.Tests;

public sealed class AllowListTests
{
    private static ScenarioOutcome Outcome(string id, OutcomeKind kind) => new(id, "clauses/match", kind, kind == OutcomeKind.Passed ? null : "why", TimeSpan.Zero);

    [Fact]
    public void Comments_and_blank_lines_are_not_ids()
    {
        var list = AllowList.Parse("# header\n\nclauses/match/Match1.feature#[1]\r\n  clauses/match/Match1.feature#[2]  \n");

        Assert.Equal(["clauses/match/Match1.feature#[1]", "clauses/match/Match1.feature#[2]"], list.Ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(true, OutcomeKind.Passed, ScenarioVerdict.Passed)]
    [InlineData(false, OutcomeKind.Passed, ScenarioVerdict.NewlyPassing)]
    [InlineData(true, OutcomeKind.Failed, ScenarioVerdict.Regression)]
    [InlineData(true, OutcomeKind.Error, ScenarioVerdict.Regression)]
    [InlineData(false, OutcomeKind.Failed, ScenarioVerdict.KnownFailure)]
    [InlineData(false, OutcomeKind.Error, ScenarioVerdict.KnownFailure)]
    [InlineData(false, OutcomeKind.Ignored, ScenarioVerdict.Ignored)]
    public void The_verdict_depends_on_the_outcome_and_the_list(bool listed, OutcomeKind kind, ScenarioVerdict verdict)
    {
        var list = new AllowList(listed ? ["a#[1]"] : []);

        Assert.Equal(verdict, list.Judge(Outcome("a#[1]", kind)));
    }

    [Fact]
    public void Updating_adds_passes_drops_failures_and_keeps_unrun_ids()
    {
        var list = new AllowList(["a#[1]", "a#[2]", "a#[3]", "gone#[1]"]);
        string[] all = ["a#[1]", "a#[2]", "a#[3]", "a#[4]"];

        var next = list.Update([Outcome("a#[2]", OutcomeKind.Failed), Outcome("a#[4]", OutcomeKind.Passed), Outcome("a#[1]", OutcomeKind.Passed)], all);

        Assert.Equal(["a#[1]", "a#[3]", "a#[4]"], next.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_file_keeps_TCK_order_after_its_header()
    {
        var text = new AllowList(["b#[1]", "a#[1]"]).Render(["b#[1]", "a#[1]", "c#[1]"]);
        var ids = text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        Assert.Equal(["b#[1]", "a#[1]"], ids);
        Assert.Equal(["a#[1]", "b#[1]"], AllowList.Parse(text).Ids.Order(StringComparer.Ordinal));
    }
}
