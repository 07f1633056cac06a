using System.Globalization;
using Gherkin;
using Gherkin.Ast;

namespace Graph.Tck.Tests.Gherkin;

/// <summary>
/// Reads a <c>.feature</c> file with Cucumber's own Gherkin parser and keeps what the TCK runner uses: the feature's
/// background steps and its scenarios and outlines with their tags, steps (docstrings and tables, unescaped by the
/// parser) and examples. Rules are not used by the TCK and are refused, so no scenario is silently skipped.
/// </summary>
internal static class GherkinParser
{
    /// <summary>Parses one feature file; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">The text is not valid Gherkin, or uses a part the runner does not read.</exception>
    public static GherkinFeature Parse(string text, string source = "<feature>")
    {
        ArgumentNullException.ThrowIfNull(text);
        GherkinDocument document;
        try
        {
            using var reader = new StringReader(text);
            document = new Parser().Parse(reader);
        }
        catch (CompositeParserException e)
        {
            throw Error(source, e.Errors.FirstOrDefault()?.Location ?? e.Location, string.Join("; ", e.Errors.Select(x => x.Message)), e);
        }
        catch (ParserException e)
        {
            throw Error(source, e.Location, e.Message, e);
        }

        var feature = document.Feature ?? throw Error(source, null, "the file holds no Feature", null);
        var background = new List<GherkinStep>();
        var scenarios = new List<GherkinScenario>();
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Background b:
                    background.AddRange(b.Steps.Select(Step));
                    break;
                case Scenario s:
                    scenarios.Add(Scenario(s));
                    break;
                default:
                    throw Error(source, (child as IHasLocation)?.Location, $"'{(child as IHasDescription)?.Keyword}' is not used by the TCK and is not read", null);
            }
        }

        return new GherkinFeature(feature.Name, [.. feature.Tags.Select(t => t.Name)], background, scenarios);
    }

    private static GherkinScenario Scenario(Scenario scenario)
    {
        var examples = scenario.Examples
            .Select(e => new GherkinExamples(
                e.TableHeader is null ? [] : Cells(e.TableHeader),
                [.. e.TableBody.Select(Cells)]))
            .ToList();
        return new GherkinScenario(
            scenario.Name,
            [.. scenario.Tags.Select(t => t.Name)],
            [.. scenario.Steps.Select(Step)],
            IsOutline: examples.Count > 0 || scenario.Keyword.Contains("Outline", StringComparison.Ordinal) || scenario.Keyword.Contains("Template", StringComparison.Ordinal),
            examples,
            scenario.Location.Line);
    }

    private static GherkinStep Step(Step step) =>
        new(
            step.Keyword.Trim(),
            step.Text.Trim(),
            step.DocString?.Content,
            step.DataTable is null ? null : [.. step.DataTable.Rows.Select(Cells)],
            step.Location.Line);

    private static IReadOnlyList<string> Cells(TableRow row) => [.. row.Cells.Select(c => c.Value)];

    private static FormatException Error(string source, Location? location, string message, Exception? inner) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}:{location?.Line ?? 0}: {message}"), inner);
}
