using Graph.Engine;
using Graph.Tck.Tests.Scenarios;

namespace Graph.Tck.Tests.Running;

/// <summary>
/// What every scenario test does: run the scenario, record the outcome, and judge it by the allow-list —
/// fine, a regression (returned, for the test to fail on) or a known gap (skipped, with the reason).
/// </summary>
internal static class ScenarioCheck
{
    /// <summary>The id yielded when no TCK folder is found, so the theories skip instead of failing discovery.</summary>
    public const string NoTck = "(openCypher TCK not found)";

    public const string TimeoutVariable = "GRAPH_TCK_TIMEOUT_SECONDS";

    /// <summary>Scenario ids whose folder starts with one of <paramref name="prefixes"/> and none of <paramref name="excluded"/>.</summary>
    public static TheoryData<string> Ids(string[] prefixes, string[]? excluded = null)
    {
        var data = new TheoryData<string>();
        if (TckCatalog.Shared is not { } catalog)
        {
            data.Add(NoTck);
            return data;
        }

        foreach (var scenario in catalog.Scenarios)
        {
            var folder = scenario.Folder + "/";
            if (prefixes.Any(p => folder.StartsWith(p, StringComparison.Ordinal))
                && !(excluded ?? []).Any(p => folder.StartsWith(p, StringComparison.Ordinal)))
            {
                data.Add(scenario.Id);
            }
        }

        return data;
    }

    /// <summary>Runs scenario <paramref name="id"/>: null when it behaves as the allow-list expects, else what regressed.</summary>
    public static string? Regression(string id)
    {
        Skip.If(id == NoTck, $"no openCypher TCK folder: set {RepositoryPaths.TckDirVariable} or place it at ../shared/tck beside the repository");
        var catalog = TckCatalog.Shared!;
        var scenario = catalog.Find(id) ?? throw new InvalidOperationException($"no scenario {id}");
        ScenarioOutcome outcome;
        var store = new EmbeddedGraphStore();
        using (var run = new ScenarioRun(scenario, Path.Combine(catalog.Directory, "graphs"), Timeout, store, store.RegisterProcedure))
        {
            outcome = run.Execute();
        }

        RunRecorder.Record(outcome);

        switch (AllowList.Shared.Judge(outcome))
        {
            case ScenarioVerdict.Passed:
            case ScenarioVerdict.NewlyPassing:
                return null;
            case ScenarioVerdict.Regression:
                return $"regression: {id} is in passing-scenarios.txt but now {TckSummary.OutcomeName(outcome.Kind)}: {outcome.Reason}";
            case ScenarioVerdict.Ignored:
                Skip.If(true, outcome.Reason);
                return null;
            default:
                Skip.If(true, $"{TckSummary.OutcomeName(outcome.Kind)}: {outcome.Reason}");
                return null;
        }
    }

    private static TimeSpan Timeout =>
        int.TryParse(Environment.GetEnvironmentVariable(TimeoutVariable), System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(10);
}
