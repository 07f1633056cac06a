namespace Graph.Tck.Tests.Gherkin;

/// <summary>A <c>Scenario</c> or <c>Scenario Outline</c> as written, before outline expansion.</summary>
internal sealed record GherkinScenario(
    string Name,
    IReadOnlyList<string> Tags,
    IReadOnlyList<GherkinStep> Steps,
    bool IsOutline,
    IReadOnlyList<GherkinExamples> Examples,
    int Line);
