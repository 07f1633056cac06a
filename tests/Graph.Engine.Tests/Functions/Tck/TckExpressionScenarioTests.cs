using Graph.Core.Errors;

namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>
/// Runs the openCypher TCK's expression scenarios whose queries fit a mini Cypher (CREATE/MATCH of single nodes,
/// UNWIND, WITH, RETURN over expressions) directly against the value and function library, ahead of the engine.
/// Scenarios outside that subset are skipped with the reason.
/// </summary>
public sealed class TckExpressionScenarioTests
{
    private static readonly string[] Folders =
        ["temporal", "typeConversion", "string", "list", "map", "null", "comparison", "mathematical", "precedence", "boolean", "literals", "conditional"];

    /// <summary>Scenarios where we knowingly differ from the TCK, with the reason.</summary>
    private static readonly Dictionary<string, string> KnownDeviations = new(StringComparer.Ordinal)
    {
        ["expressions/temporal/Temporal2.feature#[6]/row-5"] =
            "Stockholm before 1879: the OS tz database (with backzone data) has LMT +01:12:12, the TCK's JDK data links Stockholm to Berlin (+00:53:28).",
    };

    private static readonly Lazy<Dictionary<string, TckScenario>> Scenarios = new(Load);

    /// <summary>The scenarios inside the mini runner's subset (found by a dry run), so skips mean real deviations.</summary>
    public static TheoryData<string> ScenarioIds()
    {
        var data = new TheoryData<string>();
        foreach (var (id, scenario) in Scenarios.Value)
        {
            if (FitsMiniRunner(scenario))
            {
                data.Add(id);
            }
        }

        if (data.Count == 0)
        {
            data.Add("no-tck");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ScenarioIds))]
    public void Scenario_behaves_as_the_TCK_specifies(string id)
    {
        Skip.If(id == "no-tck", "The TCK features are not available (set GRAPH_TCK_DIR).");
        Skip.If(KnownDeviations.TryGetValue(id, out var reason), reason);
        var scenario = Scenarios.Value[id];
        Skip.If(scenario.Outcome is "unsupported" or "" || scenario.Outcome.Contains(":compile time:", StringComparison.Ordinal), "compile-time or setup feature");

        var context = new MiniContext();
        List<string> columns;
        List<object?[]> rows;
        try
        {
            foreach (var (name, value) in scenario.Parameters)
            {
                context.Parameters[name] = TckValues.Parse(value);
            }

            foreach (var setup in scenario.Setup)
            {
                MiniQuery.Run(setup, context);
            }

            (columns, rows) = MiniQuery.Run(scenario.Query, context);
        }
        catch (NotSupportedException e)
        {
            throw new SkipException("mini runner: " + e.Message);
        }
        catch (GraphException e) when (scenario.ExpectsError)
        {
            var expectedType = scenario.Outcome.Split(':')[1];
            Assert.Equal(expectedType, ErrorType(e));
            return;
        }

        Assert.False(scenario.ExpectsError, $"expected {scenario.Outcome} but the query returned {rows.Count} row(s)");
        if (scenario.Outcome == "empty")
        {
            Assert.Empty(rows);
            return;
        }

        List<object?[]> expected;
        try
        {
            expected = scenario.Table.Skip(1).Select(r => r.Select(TckValues.Parse).ToArray()).ToList();
        }
        catch (NotSupportedException e)
        {
            throw new SkipException("mini runner: " + e.Message);
        }

        Assert.Equal(scenario.Table[0], columns);
        AssertRows(expected, rows, scenario.Outcome);
    }

    private static bool FitsMiniRunner(TckScenario scenario)
    {
        if (scenario.Outcome is "unsupported" or "" || scenario.Outcome.Contains(":compile time:", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            foreach (var row in scenario.Table.Skip(1))
            {
                _ = row.Select(TckValues.Parse).ToList();
            }

            var context = new MiniContext();
            foreach (var (name, value) in scenario.Parameters)
            {
                context.Parameters[name] = TckValues.Parse(value);
            }

            foreach (var setup in scenario.Setup)
            {
                MiniQuery.Run(setup, context);
            }

            MiniQuery.Run(scenario.Query, context);
        }
        catch (NotSupportedException)
        {
            return false;
        }
        catch (Exception e) when (e is not NotSupportedException)
        {
            // Errors are outcomes the test itself judges (and reports).
        }

        return true;
    }

    private static void AssertRows(List<object?[]> expected, List<object?[]> actual, string outcome)
    {
        var ignoreListOrder = outcome == "ignoring list order";
        var render = () => string.Join("; ", actual.Select(r => string.Join(" | ", r.Select(v => Graph.Engine.Values.ValueText.ToLiteral(v)))));
        Assert.True(expected.Count == actual.Count, $"expected {expected.Count} rows, got {actual.Count}: {render()}");
        var remaining = actual.ToList();
        foreach (var row in expected)
        {
            var match = outcome == "in order"
                ? (RowMatches(row, remaining[0], ignoreListOrder) ? 0 : -1)
                : remaining.FindIndex(a => RowMatches(row, a, ignoreListOrder));
            Assert.True(match >= 0, $"no row matches [{string.Join(" | ", row.Select(v => v?.ToString() ?? "null"))}] among: {render()}");
            remaining.RemoveAt(match);
        }
    }

    private static bool RowMatches(object?[] expected, object?[] actual, bool ignoreListOrder) =>
        expected.Length == actual.Length && expected.Zip(actual).All(p => TckValues.Matches(p.First, p.Second, ignoreListOrder));

    private static string ErrorType(GraphException e) => e switch
    {
        CypherTypeException => "TypeError",
        CypherArgumentException => "ArgumentError",
        CypherArithmeticException => "ArgumentError",
        _ => e.GetType().Name,
    };

    private static Dictionary<string, TckScenario> Load()
    {
        var scenarios = new Dictionary<string, TckScenario>(StringComparer.Ordinal);
        if (TckFeatureReader.FeaturesDirectory is not { } root)
        {
            return scenarios;
        }

        foreach (var folder in Folders)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, "expressions", folder), "*.feature").Order(StringComparer.Ordinal))
            {
                var prefix = $"expressions/{folder}/{Path.GetFileName(file)}";
                foreach (var scenario in TckFeatureReader.Read(file, prefix))
                {
                    scenarios[scenario.Id] = scenario;
                }
            }
        }

        return scenarios;
    }
}
