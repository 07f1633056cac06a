using System.Text.Json;
using Graph.Tck.Tests.Running;
using Graph.Tck.Tests.Scenarios;

namespace Graph.Tck.Tests;

public sealed class TckSummaryTests
{
    private static readonly TckScenario[] Scenarios =
    [
        Scenario("clauses/call/Call1.feature#[1]"),
        Scenario("clauses/match/Match1.feature#[1]"),
        Scenario("clauses/match/Match1.feature#[2]"),
        Scenario("expressions/list/List1.feature#[1]/row-1"),
        Scenario("expressions/list/List1.feature#[1]/row-2"),
    ];

    private static TckScenario Scenario(string id)
    {
        var path = id[..id.IndexOf('#', StringComparison.Ordinal)];
        return new TckScenario(id, path, path[..path.LastIndexOf('/')], id, [], []);
    }

    private static ScenarioOutcome Outcome(string id, OutcomeKind kind, bool? detail = null) =>
        new(id, Scenario(id).Folder, kind, kind == OutcomeKind.Passed ? null : "result: expected 1 rows, got 0", TimeSpan.FromMilliseconds(3))
        {
            ErrorDetailMatched = detail,
        };

    private static TckSummary Summary() => TckSummary.Build(
        Scenarios,
        [
            Outcome("clauses/call/Call1.feature#[1]", OutcomeKind.Passed),
            Outcome("clauses/match/Match1.feature#[1]", OutcomeKind.Passed, detail: false),
            Outcome("clauses/match/Match1.feature#[2]", OutcomeKind.Error),
            Outcome("expressions/list/List1.feature#[1]/row-1", OutcomeKind.Failed),
        ],
        new AllowList(["clauses/match/Match1.feature#[1]", "clauses/match/Match1.feature#[2]"]));

    [Fact]
    public void Folders_count_outcomes_and_scenarios_not_run()
    {
        var summary = Summary();

        Assert.Equal(new FolderStats("clauses/match", 2, 1, 0, 1, 0, 0), summary.Folders.Single(f => f.Folder == "clauses/match"));
        Assert.Equal(new FolderStats("expressions/list", 2, 0, 1, 0, 0, 1), summary.Folders.Single(f => f.Folder == "expressions/list"));
        Assert.Equal(new FolderStats("all", 5, 2, 1, 1, 0, 1), summary.Overall);
        Assert.Equal(40.0, summary.Overall.PassPercent);
    }

    [Fact]
    public void Clauses_without_call_leave_out_the_procedure_folder()
    {
        Assert.Equal(new FolderStats("clauses/ without call", 2, 1, 0, 1, 0, 0), Summary().ClausesWithoutCall);
    }

    [Fact]
    public void Allow_list_news_names_regressions_and_newly_passing_scenarios()
    {
        var summary = Summary();

        Assert.Equal(["clauses/call/Call1.feature#[1]"], summary.NewlyPassing);
        Assert.Equal(["clauses/match/Match1.feature#[2]"], summary.Regressions);
        Assert.Equal(1, summary.ErrorTypeMatched);
        Assert.Equal(0, summary.ErrorDetailMatched);
    }

    [Fact]
    public void The_json_lists_every_scenario_with_its_outcome()
    {
        using var json = JsonDocument.Parse(Summary().ToJson(DateTimeOffset.UnixEpoch, "/tck"));

        var scenarios = json.RootElement.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(5, scenarios.Count);
        Assert.Equal("error", scenarios[2].GetProperty("outcome").GetString());
        Assert.Equal("not run", scenarios[4].GetProperty("outcome").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("totals").GetProperty("total").GetInt32());
    }

    [Fact]
    public void The_markdown_table_has_a_row_per_folder_and_the_aggregates()
    {
        var markdown = Summary().ToMarkdown(DateTimeOffset.UnixEpoch);

        Assert.Contains("| clauses/match | 2 | 1 | 0 | 1 | 0 | 50.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **clauses/ without call** | 2 | 1 | 0 | 1 | 0 | 50.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **all** | 5 | 2 | 1 | 1 | 1 | 40.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Regressions (1)", markdown, StringComparison.Ordinal);
    }
}
