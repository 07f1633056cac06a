namespace Graph.Tck.Tests.Gherkin;

/// <summary>A parsed <c>.feature</c> file: the feature name, its background steps and its scenarios.</summary>
internal sealed record GherkinFeature(
    string Name,
    IReadOnlyList<string> Tags,
    IReadOnlyList<GherkinStep> Background,
    IReadOnlyList<GherkinScenario> Scenarios);
