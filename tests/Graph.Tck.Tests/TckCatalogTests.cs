using Graph.Tck.Tests.Comparison;
using Graph.Tck.Tests.Errors;
using Graph.Tck.Tests.Procedures;
using Graph.Tck.Tests.Scenarios;
using Graph.Tck.Tests.SideEffects;
using Graph.Tck.Tests.Values;

namespace Graph.Tck.Tests;

/// <summary>The whole shared TCK parses into the scenario counts its README states, and every step and value is understood.</summary>
public sealed class TckCatalogTests
{
    private static TckCatalog Catalog()
    {
        Skip.If(TckCatalog.Shared is null, "no openCypher TCK folder found");
        return TckCatalog.Shared!;
    }

    [SkippableFact]
    public void The_TCK_expands_to_3897_scenarios_with_unique_ids()
    {
        var catalog = Catalog();

        Assert.Equal(3897, catalog.Scenarios.Count);
        Assert.Equal(3897, catalog.Scenarios.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [SkippableTheory]
    [InlineData("clauses/call", 52)]
    [InlineData("clauses/match", 381)]
    [InlineData("clauses/with-orderBy", 292)]
    [InlineData("expressions/quantifier", 604)]
    [InlineData("expressions/temporal", 1004)]
    [InlineData("useCases/triadicSelection", 19)]
    public void Folders_hold_the_documented_number_of_scenarios(string folder, int count)
    {
        Assert.Equal(count, Catalog().Scenarios.Count(s => s.Folder == folder));
    }

    [SkippableFact]
    public void Outline_rows_get_row_ids_and_plain_scenarios_do_not()
    {
        var ids = Catalog().Scenarios.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("clauses/match/Match4.feature#[3]", ids);
        Assert.Contains("clauses/call/Call5.feature#[4]/row-11", ids);
        Assert.DoesNotContain("clauses/call/Call5.feature#[4]", ids);
    }

    [SkippableFact]
    public void Match5_scenarios_start_with_the_background_graph()
    {
        var scenario = Catalog().Scenarios.First(s => s.FeaturePath == "clauses/match/Match5.feature");

        Assert.Equal("an empty graph", scenario.Steps[0].Text);
        Assert.Equal("having executed:", scenario.Steps[1].Text);
        Assert.Equal(29, Catalog().Scenarios.Count(s => s.FeaturePath == "clauses/match/Match5.feature"));
    }

    [SkippableFact]
    public void Exactly_one_scenario_is_ignored_upstream()
    {
        var ignored = Assert.Single(Catalog().Scenarios, s => s.IsIgnored);

        Assert.Equal("expressions/graph/Graph5.feature#[2]", ignored.Id);
    }

    [SkippableFact]
    public void Every_step_argument_is_readable_by_the_runner()
    {
        var errors = new List<string>();
        foreach (var scenario in Catalog().Scenarios)
        {
            foreach (var step in scenario.Steps)
            {
                try
                {
                    CheckStep(step.Text, step.Table);
                }
                catch (FormatException e)
                {
                    errors.Add($"{scenario.Id}: {e.Message}");
                }
            }
        }

        Assert.Empty(errors);
    }

    [SkippableFact]
    public void Error_expectations_name_only_mapped_types()
    {
        var types = Catalog().Scenarios
            .SelectMany(s => s.Steps)
            .Select(step => ExpectedError.FromStep(step.Text)?.Type)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

        Assert.All(types, type => Assert.Contains(type, TckErrorMapping.KnownTypes));
    }

    /// <summary>Parses what the runner will parse for this step; anything it would not recognise throws.</summary>
    private static void CheckStep(string text, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        if (ResultOrdering.FromStep(text) is not null)
        {
            foreach (var cell in table!.Skip(1).SelectMany(r => r))
            {
                TckValueParser.Parse(cell);
            }
        }
        else if (text == "parameters are:")
        {
            foreach (var row in table!)
            {
                TckValueParser.Parse(row[1]);
            }
        }
        else if (text == "the side effects should be:")
        {
            SideEffectCounts.FromTable(table!);
        }
        else if (text.StartsWith("there exists a procedure ", StringComparison.Ordinal))
        {
            TestProcedureFactory.Create(text, table);
        }
        else if (ExpectedError.FromStep(text) is null && !KnownPlainSteps.Contains(text)
            && !(text.StartsWith("the ", StringComparison.Ordinal) && text.EndsWith(" graph", StringComparison.Ordinal)))
        {
            throw new FormatException($"unknown step '{text}'");
        }
    }

    private static readonly HashSet<string> KnownPlainSteps = new(StringComparer.Ordinal)
    {
        "an empty graph", "any graph", "having executed:", "executing query:", "executing control query:",
        "the result should be empty", "no side effects",
    };
}
