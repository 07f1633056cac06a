namespace Graph.Tck.Tests.Gherkin;

/// <summary>
/// One step of a scenario: its keyword (<c>Given</c>, <c>And</c>, …), the text after the keyword,
/// and an optional docstring or table argument. Table cells are already unescaped and trimmed.
/// </summary>
internal sealed record GherkinStep(
    string Keyword,
    string Text,
    string? DocString,
    IReadOnlyList<IReadOnlyList<string>>? Table,
    int Line);
