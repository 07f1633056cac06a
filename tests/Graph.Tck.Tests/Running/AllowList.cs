using System.Text;

namespace Graph.Tck.Tests.Running;

/// <summary>
/// The checked-in list of scenario ids known to pass (<c>passing-scenarios.txt</c>: one id a line,
/// <c>#</c> comments). A listed scenario that fails is a regression; an unlisted one that fails is a
/// known gap (skipped); an unlisted one that passes is newly passing and belongs on the list.
/// </summary>
internal sealed class AllowList
{
    /// <summary>Set to <c>1</c> to rewrite the list from the run.</summary>
    public const string UpdateVariable = "GRAPH_TCK_UPDATE_ALLOWLIST";

    private const string Header =
        """
        # openCypher TCK scenarios the embedded engine is known to pass (one id a line).
        # A listed scenario that fails fails the build; an unlisted one that fails is skipped.
        # Regenerate from a full run: GRAPH_TCK_UPDATE_ALLOWLIST=1 dotnet test tests/Graph.Tck.Tests (see docs/tck.md).
        """;

    private static readonly Lazy<AllowList> SharedLazy = new(() =>
        RepositoryPaths.AllowListPath is { } path && File.Exists(path) ? Parse(File.ReadAllText(path)) : new AllowList([]));

    private readonly HashSet<string> ids;

    public AllowList(IEnumerable<string> ids)
    {
        this.ids = new HashSet<string>(ids, StringComparer.Ordinal);
    }

    /// <summary>The list checked in at <see cref="RepositoryPaths.AllowListPath"/> (empty when absent).</summary>
    public static AllowList Shared => SharedLazy.Value;

    public static bool UpdateRequested =>
        string.Equals(Environment.GetEnvironmentVariable(UpdateVariable), "1", StringComparison.Ordinal);

    public IReadOnlySet<string> Ids => ids;

    public static AllowList Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AllowList(text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#')));
    }

    public bool Contains(string id) => ids.Contains(id);

    public ScenarioVerdict Judge(ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var listed = Contains(outcome.Id);
        return outcome.Kind switch
        {
            OutcomeKind.Ignored => ScenarioVerdict.Ignored,
            OutcomeKind.Passed => listed ? ScenarioVerdict.Passed : ScenarioVerdict.NewlyPassing,
            _ => listed ? ScenarioVerdict.Regression : ScenarioVerdict.KnownFailure,
        };
    }

    /// <summary>
    /// The list after a run: scenarios that passed are added, scenarios that ran and did not pass are
    /// removed, scenarios that did not run keep their place, and ids no longer in the TCK are dropped.
    /// Ids are kept in TCK order so diffs stay small.
    /// </summary>
    public AllowList Update(IEnumerable<ScenarioOutcome> outcomes, IReadOnlyList<string> allIds)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(allIds);
        var next = new HashSet<string>(ids, StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome.Passed)
            {
                next.Add(outcome.Id);
            }
            else
            {
                next.Remove(outcome.Id);
            }
        }

        return new AllowList(allIds.Where(next.Contains));
    }

    /// <summary>The file text, in the order given (or sorted when none is).</summary>
    public string Render(IReadOnlyList<string>? order = null)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var id in order?.Where(ids.Contains) ?? ids.Order(StringComparer.Ordinal))
        {
            sb.Append(id).Append('\n');
        }

        return sb.ToString();
    }
}
