using System.Collections.Concurrent;

namespace Graph.Tck.Tests.Running;

/// <summary>Collects the outcomes of the current test run across the (parallel) scenario test classes.</summary>
internal static class RunRecorder
{
    private static readonly ConcurrentDictionary<string, ScenarioOutcome> Outcomes = new(StringComparer.Ordinal);

    public static void Record(ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Outcomes[outcome.Id] = outcome;
    }

    public static IReadOnlyList<ScenarioOutcome> Snapshot() => [.. Outcomes.Values];
}
