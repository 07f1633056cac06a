using Graph.Tck.Tests.Scenarios;

namespace Graph.Tck.Tests.Running;

/// <summary>
/// What a run amounts to: counts per folder and overall (and for <c>clauses/</c> without <c>call</c>, the
/// procedure-registry folder), allow-list news, counter disagreements, and every scenario's outcome.
/// </summary>
internal sealed partial class TckSummary
{
    private TckSummary(IReadOnlyList<(TckScenario Scenario, ScenarioOutcome? Outcome)> entries, AllowList allowList)
    {
        Entries = entries;
        var all = entries.Select(e => (e.Scenario.Folder, e.Outcome)).ToList();
        Folders = all.GroupBy(e => e.Folder, StringComparer.Ordinal)
            .Select(g => FolderStats.Of(g.Key, g))
            .OrderBy(f => f.Folder, StringComparer.Ordinal)
            .ToList();
        Areas = all.GroupBy(e => Area(e.Folder), StringComparer.Ordinal)
            .Select(g => FolderStats.Of(g.Key + "/", g))
            .OrderBy(f => f.Folder, StringComparer.Ordinal)
            .ToList();
        ClausesWithoutCall = FolderStats.Of(
            "clauses/ without call",
            all.Where(e => Area(e.Folder) == "clauses" && e.Folder != "clauses/call"));
        Overall = FolderStats.Of("all", all);

        var ran = entries.Where(e => e.Outcome is not null).Select(e => e.Outcome!).ToList();
        NewlyPassing = ran.Where(o => allowList.Judge(o) == ScenarioVerdict.NewlyPassing).Select(o => o.Id).ToList();
        Regressions = ran.Where(o => allowList.Judge(o) == ScenarioVerdict.Regression).Select(o => o.Id).ToList();
        CounterMismatches = ran.Where(o => o.CounterNote is not null).Select(o => (o.Id, o.CounterNote!)).ToList();
        ErrorTypeMatched = ran.Count(o => o.ErrorDetailMatched is not null);
        ErrorDetailMatched = ran.Count(o => o.ErrorDetailMatched == true);
        Listed = allowList.Ids.Count;
    }

    public IReadOnlyList<(TckScenario Scenario, ScenarioOutcome? Outcome)> Entries { get; }

    public IReadOnlyList<FolderStats> Folders { get; }

    public IReadOnlyList<FolderStats> Areas { get; }

    public FolderStats ClausesWithoutCall { get; }

    public FolderStats Overall { get; }

    public IReadOnlyList<string> NewlyPassing { get; }

    public IReadOnlyList<string> Regressions { get; }

    public IReadOnlyList<(string Id, string Note)> CounterMismatches { get; }

    /// <summary>Error-expecting scenarios that raised an error of the right type.</summary>
    public int ErrorTypeMatched { get; }

    /// <summary>Of those, how many also had the TCK's detail code.</summary>
    public int ErrorDetailMatched { get; }

    public int Listed { get; }

    public static TckSummary Build(IReadOnlyList<TckScenario> scenarios, IEnumerable<ScenarioOutcome> outcomes, AllowList allowList)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(allowList);
        var byId = outcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
        return new TckSummary([.. scenarios.Select(s => (s, byId.GetValueOrDefault(s.Id)))], allowList);
    }

    /// <summary>The first folder segment: <c>clauses</c>, <c>expressions</c>, <c>useCases</c>.</summary>
    private static string Area(string folder)
    {
        var slash = folder.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? folder : folder[..slash];
    }
}
