namespace Graph.Tck.Tests.Running;

/// <summary>Ends a scenario run early with its outcome kind and reason.</summary>
internal sealed class ScenarioAbort(OutcomeKind kind, string reason) : Exception(reason)
{
    public OutcomeKind Kind => kind;
}
