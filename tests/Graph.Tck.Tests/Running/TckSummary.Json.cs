using System.Text.Json;

namespace Graph.Tck.Tests.Running;

internal sealed partial class TckSummary
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary><c>summary.json</c>: totals, per-folder counts, allow-list news, and every scenario with its outcome.</summary>
    public string ToJson(DateTimeOffset generatedAt, string tckDirectory)
    {
        var document = new
        {
            GeneratedAt = generatedAt,
            TckDirectory = tckDirectory,
            Totals = Stats(Overall),
            ClausesWithoutCall = Stats(ClausesWithoutCall),
            Areas = Areas.Select(Stats),
            Folders = Folders.Select(Stats),
            Errors = new { TypeMatched = ErrorTypeMatched, DetailMatched = ErrorDetailMatched },
            AllowList = new { Listed, NewlyPassing, Regressions },
            CounterMismatches = CounterMismatches.Select(c => new { c.Id, c.Note }),
            Scenarios = Entries.Select(e => new
            {
                e.Scenario.Id,
                Outcome = e.Outcome is null ? "not run" : OutcomeName(e.Outcome.Kind),
                e.Outcome?.Reason,
                e.Outcome?.ErrorDetailMatched,
                Ms = e.Outcome is null ? (long?)null : (long)e.Outcome.Duration.TotalMilliseconds,
            }),
        };
        return JsonSerializer.Serialize(document, JsonOptions);
    }

    public static string OutcomeName(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Passed => "passed",
        OutcomeKind.Failed => "failed",
        OutcomeKind.Error => "error",
        _ => "ignored",
    };

    private static object Stats(FolderStats f) => new
    {
        f.Folder,
        f.Total,
        f.Passed,
        f.Failed,
        f.Error,
        f.Ignored,
        f.NotRun,
        f.PassPercent,
    };
}
