namespace Graph.Tck.Tests.Gherkin;

/// <summary>One <c>Examples:</c> block of a scenario outline: a header row and the value rows.</summary>
internal sealed record GherkinExamples(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
