namespace Graph.Seeding.Schema;

/// <summary>One allowed shape of a relationship: its start and end labels (empty: any label).</summary>
public sealed record EndpointRule(IReadOnlyList<string> StartLabels, IReadOnlyList<string> EndLabels)
{
    public bool Allows(string startLabel, string endLabel) =>
        (StartLabels.Count == 0 || StartLabels.Contains(startLabel, StringComparer.Ordinal))
        && (EndLabels.Count == 0 || EndLabels.Contains(endLabel, StringComparer.Ordinal));

    /// <summary>Reads like <c>Enterprise|Institution → Project</c>, <c>* → Chain</c>.</summary>
    public override string ToString() => $"{Describe(StartLabels)} → {Describe(EndLabels)}";

    private static string Describe(IReadOnlyList<string> labels) => labels.Count == 0 ? "*" : string.Join('|', labels);
}
