namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>One expanded TCK scenario (an outline contributes one per example row).</summary>
internal sealed record TckScenario(
    string Id,
    IReadOnlyList<string> Setup,
    IReadOnlyList<(string Name, string Value)> Parameters,
    string Query,
    string Outcome,
    IReadOnlyList<string[]> Table)
{
    /// <summary>Outcome kinds: "any order", "in order", "ignoring list order", "empty", or "error:Type:Phase:Detail".</summary>
    public bool ExpectsError => Outcome.StartsWith("error:", StringComparison.Ordinal);
}
