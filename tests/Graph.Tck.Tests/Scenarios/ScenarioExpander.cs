using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Tck.Tests.Gherkin;

namespace Graph.Tck.Tests.Scenarios;

/// <summary>
/// Turns a parsed feature into runnable scenarios: prepends the background, and expands each outline
/// once per example row by textual <c>&lt;placeholder&gt;</c> substitution into step text, docstrings
/// and table cells.
/// </summary>
internal static partial class ScenarioExpander
{
    /// <summary>Expands <paramref name="feature"/>, read from <paramref name="featurePath"/> (relative, with forward slashes).</summary>
    public static IEnumerable<TckScenario> Expand(string featurePath, GherkinFeature feature)
    {
        ArgumentNullException.ThrowIfNull(featurePath);
        ArgumentNullException.ThrowIfNull(feature);
        var slash = featurePath.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : featurePath[..slash];

        for (var index = 0; index < feature.Scenarios.Count; index++)
        {
            var scenario = feature.Scenarios[index];
            var number = ScenarioNumber(scenario.Name, index);
            var tags = feature.Tags.Concat(scenario.Tags).ToList();
            var baseId = $"{featurePath}#{number}";
            if (!scenario.IsOutline)
            {
                yield return new TckScenario(baseId, featurePath, folder, scenario.Name, tags, [.. feature.Background, .. scenario.Steps]);
                continue;
            }

            var row = 0;
            foreach (var examples in scenario.Examples)
            {
                foreach (var values in examples.Rows)
                {
                    row++;
                    var bindings = examples.Header.Zip(values).ToList();
                    var steps = scenario.Steps.Select(step => Substitute(step, bindings));
                    yield return new TckScenario(
                        string.Create(CultureInfo.InvariantCulture, $"{baseId}/row-{row}"),
                        featurePath,
                        folder,
                        Substitute(scenario.Name, bindings),
                        tags,
                        [.. feature.Background, .. steps]);
                }
            }
        }
    }

    /// <summary>Replaces each <c>&lt;name&gt;</c> bound by the example row; other angle brackets stay.</summary>
    public static string Substitute(string text, IReadOnlyList<(string Name, string Value)> bindings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(bindings);
        foreach (var (name, value) in bindings)
        {
            text = text.Replace($"<{name}>", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static GherkinStep Substitute(GherkinStep step, IReadOnlyList<(string Name, string Value)> bindings) =>
        step with
        {
            Text = Substitute(step.Text, bindings),
            DocString = step.DocString is null ? null : Substitute(step.DocString, bindings),
            Table = step.Table?.Select(r => (IReadOnlyList<string>)[.. r.Select(c => Substitute(c, bindings))]).ToList(),
        };

    /// <summary>The scenario's <c>[n]</c> label; a scenario without one is numbered by position.</summary>
    private static string ScenarioNumber(string name, int index)
    {
        var match = NumberPattern().Match(name);
        return match.Success ? match.Value : string.Create(CultureInfo.InvariantCulture, $"[{index + 1}]");
    }

    [GeneratedRegex(@"^\[\d+\]")]
    private static partial Regex NumberPattern();
}
