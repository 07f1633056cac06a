using System.Globalization;
using System.Text;

namespace Graph.Tck.Tests.Running;

internal sealed partial class TckSummary
{
    private const int MaxReasons = 20;

    /// <summary><c>summary.md</c>: the per-folder table with pass counts and percentages, then the news.</summary>
    public string ToMarkdown(DateTimeOffset generatedAt)
    {
        var sb = new StringBuilder();
        Line(sb, "# openCypher TCK — embedded engine");
        Line(sb);
        Line(sb, Inv($"Run at {generatedAt:yyyy-MM-dd HH:mm} UTC. Pass % is of all scenarios in the folder; \"skipped\" counts scenarios ignored upstream or not run (filtered)."));
        Line(sb);
        Line(sb, "| Folder | Scenarios | Passed | Failed | Error | Skipped | Pass % |");
        Line(sb, "|---|---:|---:|---:|---:|---:|---:|");
        foreach (var folder in Folders)
        {
            Row(sb, folder, bold: false);
        }

        foreach (var area in Areas)
        {
            Row(sb, area, bold: true);
        }

        Row(sb, ClausesWithoutCall, bold: true);
        Row(sb, Overall, bold: true);
        Line(sb);
        Line(sb, Inv($"Error scenarios with the right error type: {ErrorTypeMatched}; of those with the TCK's detail code too: {ErrorDetailMatched}."));
        Line(sb);
        Line(sb, Inv($"Allow-list: {Listed} listed; {NewlyPassing.Count} newly passing (add them: `GRAPH_TCK_UPDATE_ALLOWLIST=1`); {Regressions.Count} regressions."));
        List(sb, "Regressions", Regressions);
        List(sb, "Newly passing", NewlyPassing);
        List(sb, "Counter disagreements", CounterMismatches.Select(c => $"{c.Id}: {c.Note}").ToList());

        var reasons = Entries
            .Where(e => e.Outcome is { Passed: false, Kind: not OutcomeKind.Ignored })
            .GroupBy(e => ReasonKey(e.Outcome!.Reason), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Take(MaxReasons)
            .ToList();
        if (reasons.Count > 0)
        {
            Line(sb);
            Line(sb, "## Most common reasons");
            Line(sb);
            Line(sb, "| Scenarios | Reason (start) | Example |");
            Line(sb, "|---:|---|---|");
            foreach (var group in reasons)
            {
                Line(sb, Inv($"| {group.Count()} | {Escape(group.Key)} | {group.First().Scenario.Id} |"));
            }
        }

        return sb.ToString();
    }

    /// <summary>Groups reasons by their start, so "unexpected error: X" variants with different messages land together.</summary>
    private static string ReasonKey(string? reason)
    {
        reason ??= string.Empty;
        return reason.Length <= 90 ? reason : reason[..90] + "…";
    }

    private static void Row(StringBuilder sb, FolderStats f, bool bold)
    {
        var name = bold ? $"**{f.Folder}**" : f.Folder;
        Line(sb, Inv($"| {name} | {f.Total} | {f.Passed} | {f.Failed} | {f.Error} | {f.Ignored + f.NotRun} | {f.PassPercent:0.0} |"));
    }

    private static void List(StringBuilder sb, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        Line(sb);
        Line(sb, Inv($"## {title} ({items.Count})"));
        Line(sb);
        foreach (var item in items.Take(200))
        {
            Line(sb, Inv($"- {Escape(item)}"));
        }

        if (items.Count > 200)
        {
            Line(sb, Inv($"- … {items.Count - 200} more (see summary.json)"));
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, string text = "") => sb.Append(text).Append('\n');
}
