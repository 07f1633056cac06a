using Graph.Core.Store;
using Graph.Testing;
using Xunit.Abstractions;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// Engine robustness: mutated TCK, benchmark and own statements, deep nesting, long chains and token soup, with random
/// parameters, run through <see cref="EmbeddedGraphStore.Run"/> on a small graph (see <see cref="EngineFuzzRunner"/>
/// for what counts as a failure). A fixed seed and a few thousand cases by default; <c>GRAPH_FUZZ_LONG=1</c> runs for
/// <c>GRAPH_FUZZ_MINUTES</c> (default 10) from <c>GRAPH_FUZZ_SEED</c> (default: a new seed, printed).
/// </summary>
public sealed class EngineFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20_250_301;
    private const int ShortRunCases = 3_000;
    private const int MaxDistinctFailures = 50;

    [Fact]
    public void Mutated_statements_and_token_soup_end_in_a_result_or_a_graph_error()
    {
        var (_, seed, until, cases) = FuzzSettings.FromEnvironment("GRAPH_FUZZ_LONG", DefaultSeed, ShortRunCases);

        var master = new Random(seed);
        var seeds = FuzzCorpus.Seeds;
        var report = new FuzzReport();
        using var runner = new EngineFuzzRunner();
        for (var i = 0; i < cases && DateTime.UtcNow < until && report.DistinctFailures < MaxDistinctFailures; i++)
        {
            var caseSeed = master.Next();
            var fuzzCase = MakeCase(new Random(caseSeed), seeds);
            var outcome = runner.Run(fuzzCase);
            report.Add(outcome, () => $"case {i} (seed {seed}, case seed {caseSeed}), {outcome.Elapsed.TotalMilliseconds:0} ms\n{fuzzCase.Describe()}\n{outcome.Failure}");
            if (outcome.FailureKind == "hang")
            {
                // A hung case keeps a core busy until the process ends: stop here.
                break;
            }
        }

        output.WriteLine($"seed {seed}, {seeds.Count} corpus statements");
        output.WriteLine(report.Summary());
        Assert.True(report.DistinctFailures == 0, $"seed {seed} (GRAPH_FUZZ_SEED={seed} reproduces the run):\n\n{report.Failures()}");
    }

    [Fact]
    public void Recorded_crashers_end_in_a_result_or_a_graph_error()
    {
        var crashers = CrasherFile.Read();
        var report = new FuzzReport();
        using var runner = new EngineFuzzRunner();
        foreach (var crasher in crashers)
        {
            var names = FuzzValues.ParameterNamesIn(crasher.Text).ToList();
            var bindings = FuzzValues.Profiles
                .Select(value => (IReadOnlyDictionary<string, object?>)names.ToDictionary(n => n, _ => value, StringComparer.Ordinal))
                .Prepend(new Dictionary<string, object?>(StringComparer.Ordinal));
            foreach (var parameters in bindings)
            {
                var fuzzCase = new FuzzCase(crasher.Text, crasher.Setup, parameters, AccessMode.Write);
                var outcome = runner.Run(fuzzCase);
                report.Add(outcome, () => $"{fuzzCase.Describe()}\n{outcome.Failure}");
            }
        }

        output.WriteLine($"{crashers.Count} recorded crashers");
        output.WriteLine(report.Summary());
        Assert.True(report.DistinctFailures == 0, report.Failures());
    }

    private static FuzzCase MakeCase(Random random, IReadOnlyList<FuzzSeed> seeds)
    {
        var (statement, setup) = EngineMutations.Next(random, seeds);
        var parameters = FuzzValues.ParametersFor(statement, random);
        return new FuzzCase(statement, setup, parameters, random.Next(8) == 0 ? AccessMode.Read : AccessMode.Write);
    }
}
