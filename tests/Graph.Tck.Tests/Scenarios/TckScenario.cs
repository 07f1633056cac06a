using Graph.Tck.Tests.Gherkin;

namespace Graph.Tck.Tests.Scenarios;

/// <summary>
/// One runnable scenario after outline expansion: background steps first, placeholders substituted.
/// <see cref="Id"/> is <c>clauses/match/Match4.feature#[3]</c>, or <c>…#[3]/row-5</c> for the fifth
/// example row of an outline; <see cref="Folder"/> is the feature's folder, e.g. <c>clauses/match</c>.
/// </summary>
internal sealed record TckScenario(
    string Id,
    string FeaturePath,
    string Folder,
    string Name,
    IReadOnlyList<string> Tags,
    IReadOnlyList<GherkinStep> Steps)
{
    /// <summary>True for scenarios upstream does not run (<c>@ignore</c>).</summary>
    public bool IsIgnored => Tags.Contains("@ignore", StringComparer.Ordinal);
}
