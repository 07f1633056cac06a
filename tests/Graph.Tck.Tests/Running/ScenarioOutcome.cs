namespace Graph.Tck.Tests.Running;

/// <summary>
/// The result of running one scenario. <see cref="ErrorDetailMatched"/> is set for scenarios that expect an
/// error and got one of the right type: whether our detail code equals the TCK's. <see cref="CounterNote"/>
/// records a disagreement between the engine's counters and the observed graph change.
/// </summary>
internal sealed record ScenarioOutcome(
    string Id,
    string Folder,
    OutcomeKind Kind,
    string? Reason,
    TimeSpan Duration)
{
    public bool? ErrorDetailMatched { get; init; }

    public string? CounterNote { get; init; }

    public bool Passed => Kind == OutcomeKind.Passed;
}
