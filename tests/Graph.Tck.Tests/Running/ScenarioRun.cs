using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Procedures;
using Graph.Tck.Tests.Comparison;
using Graph.Tck.Tests.Errors;
using Graph.Tck.Tests.Gherkin;
using Graph.Tck.Tests.Procedures;
using Graph.Tck.Tests.Scenarios;
using Graph.Tck.Tests.SideEffects;
using Graph.Tck.Tests.Values;

namespace Graph.Tck.Tests.Running;

/// <summary>
/// Runs one scenario against a fresh store (the embedded engine in the TCK run; a scripted store in
/// the runner's own tests), step by step, and says how it ended. The query under test is bracketed by graph snapshots so side effects are observed, not taken
/// from the engine's counters.
/// </summary>
internal sealed partial class ScenarioRun : IDisposable
{
    private readonly TckScenario scenario;
    private readonly string graphsDirectory;
    private readonly IGraphStore store;
    private readonly Action<ProcedureDefinition> registerProcedure;
    private readonly QueryExecutor executor;
    private readonly Dictionary<string, object?> parameters = new(StringComparer.Ordinal);
    private QueryResult? result;
    private GraphException? error;
    private bool ranQuery;
    private SideEffectCounts? sideEffects;
    private string? sideEffectsUnknown;
    private bool? detailMatched;
    private string? counterNote;

    /// <summary>Prepares a run; <paramref name="store"/> is fresh and empty, and the run owns and disposes it;
    /// <paramref name="registerProcedure"/> adds a test procedure to it; named graphs are read from
    /// <paramref name="graphsDirectory"/>; each statement gets <paramref name="timeout"/> for <paramref name="scenario"/>.</summary>
    public ScenarioRun(TckScenario scenario, string graphsDirectory, TimeSpan timeout, IGraphStore store, Action<ProcedureDefinition> registerProcedure)
    {
        this.scenario = scenario;
        this.graphsDirectory = graphsDirectory;
        this.store = store;
        this.registerProcedure = registerProcedure;
        executor = new QueryExecutor(store, timeout);
    }

    public ScenarioOutcome Execute()
    {
        var clock = Stopwatch.StartNew();
        if (scenario.IsIgnored)
        {
            return Outcome(OutcomeKind.Ignored, "tagged @ignore upstream", clock);
        }

        try
        {
            foreach (var step in scenario.Steps)
            {
                Apply(step);
            }

            return Outcome(OutcomeKind.Passed, null, clock);
        }
        catch (ScenarioAbort abort)
        {
            return Outcome(abort.Kind, abort.Message, clock);
        }
        catch (FormatException e)
        {
            return Outcome(OutcomeKind.Error, "harness: " + e.Message, clock);
        }
    }

    /// <summary>Disposes the store, unless a statement was abandoned and may still be using it.</summary>
    public void Dispose()
    {
        if (!executor.Abandoned)
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private ScenarioOutcome Outcome(OutcomeKind kind, string? reason, Stopwatch clock) =>
        new(scenario.Id, scenario.Folder, kind, reason?.ReplaceLineEndings(" "), clock.Elapsed)
        {
            ErrorDetailMatched = detailMatched,
            CounterNote = counterNote,
        };

    private void Apply(GherkinStep step)
    {
        var text = step.Text;
        switch (text)
        {
            case "an empty graph":
            case "any graph":
                return;
            case "having executed:":
                Setup(Required(step.DocString, step));
                return;
            case "parameters are:":
                ReadParameters(Required(step.Table, step));
                return;
            case "executing query:":
                ExecuteQueryUnderTest(Required(step.DocString, step));
                return;
            case "executing control query:":
                ExecuteControlQuery(Required(step.DocString, step));
                return;
            case "the result should be empty":
                CheckResult(r => ResultTableComparer.CompareEmpty(r));
                return;
            case "no side effects":
                CheckSideEffects(SideEffectCounts.None);
                return;
            case "the side effects should be:":
                CheckSideEffects(SideEffectCounts.FromTable(Required(step.Table, step)));
                return;
            default:
                break;
        }

        if (ResultOrdering.FromStep(text) is { } ordering)
        {
            var table = Required(step.Table, step);
            CheckResult(r => ResultTableComparer.Compare(table, r, ordering));
        }
        else if (ExpectedError.FromStep(text) is { } expected)
        {
            CheckError(expected);
        }
        else if (NamedGraphPattern().Match(text) is { Success: true } named)
        {
            LoadNamedGraph(named.Groups[1].Value);
        }
        else if (text.StartsWith("there exists a procedure ", StringComparison.Ordinal))
        {
            RegisterProcedure(step);
        }
        else
        {
            throw new FormatException($"unknown step '{step.Keyword} {text}' (line {step.Line})");
        }
    }

    private static T Required<T>(T? argument, GherkinStep step)
        where T : class =>
        argument ?? throw new FormatException($"step '{step.Text}' (line {step.Line}) needs a docstring or table");

    private void ReadParameters(IReadOnlyList<IReadOnlyList<string>> table)
    {
        foreach (var row in table)
        {
            if (row.Count != 2)
            {
                throw new FormatException("a parameter row is '| name | value |'");
            }

            parameters[row[0]] = TckValueParser.Parse(row[1]);
        }
    }

    private void RegisterProcedure(GherkinStep step)
    {
        var procedure = TestProcedureFactory.Create(step.Text, step.Table);
        try
        {
            registerProcedure(procedure);
        }
        catch (GraphException e)
        {
            throw new ScenarioAbort(OutcomeKind.Error, "registering the procedure failed: " + TckErrorMapping.Describe(e));
        }
    }

    private void LoadNamedGraph(string name)
    {
        var path = Path.Combine(graphsDirectory, name, name + ".cypher");
        if (!File.Exists(path))
        {
            throw new FormatException($"named graph '{name}' not found at {path}");
        }

        // The scripts end statements with ';' at the end of a line.
        foreach (var statement in StatementEnd().Split(File.ReadAllText(path)).Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            Setup(statement.Trim());
        }
    }

    private void Setup(string text)
    {
        var attempt = executor.Run(new CypherQuery(text, parameters));
        if (attempt.Result is null)
        {
            throw new ScenarioAbort(OutcomeKind.Error, "setup query failed: " + DescribeFailure(attempt) + " — in: " + OneLine(text));
        }
    }

    private string DescribeFailure(QueryAttempt attempt) => attempt switch
    {
        { TimedOut: true } => string.Create(CultureInfo.InvariantCulture, $"timed out after {executor.Timeout.TotalSeconds:0} s (watchdog; the statement was abandoned)"),
        { Error: { } e } => TckErrorMapping.Describe(e),
        { Crash: { } c } => $"engine crashed: {c.GetType().Name}: {c.Message}",
        _ => "no result",
    };

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 120 ? line : line[..117] + "...";
    }

    [GeneratedRegex(@"^the ([\w-]+) graph$")]
    private static partial Regex NamedGraphPattern();

    [GeneratedRegex(@";\s*$", RegexOptions.Multiline)]
    private static partial Regex StatementEnd();
}
