using Graph.Seeding.Evidence;
using Graph.Seeding.Model;
using Graph.Seeding.Schema;

namespace Graph.Seeding.Validation;

public static partial class SeedValidator
{
    /// <summary>
    /// A relationship's period is the part of the report that states it, so its evidence line lies in that part.
    /// Evidence before the first part (the notice and title) fits any period. Skipped when the report lacks the headings.
    /// </summary>
    private static void CheckPeriods(SeedGraph graph, List<SeedProblem> problems)
    {
        if (graph.Report is not { } report || Parts(report) is not { } parts)
        {
            return;
        }

        foreach (var relationship in graph.Relationships)
        {
            if (relationship.Period is not { } period
                || SeedSchema.PeriodParts.FirstOrDefault(p => string.Equals(p.Period, period, StringComparison.Ordinal)) is not { } expected
                || !relationship.Properties.TryGetValue("line", out var value) || value is not long line
                || line < parts[0].First || line > report.LineCount)
            {
                continue; // unknown periods, missing lines and lines off the report are reported elsewhere
            }

            var actual = parts.Last(p => p.First <= line);
            if (!string.Equals(actual.Heading, expected.Heading, StringComparison.Ordinal))
            {
                Add(problems, relationship.Source, $"period {period} is stated in part '{expected.Heading}', but line {line} is in part '{actual.Heading}' (lines {actual.First}-{actual.Last})");
            }
        }
    }

    /// <summary>The report's parts in line order with their line ranges; null when a heading is missing.</summary>
    private static List<(string Heading, int First, int Last)>? Parts(SourceReport report)
    {
        var starts = new List<(string Heading, int First)>();
        foreach (var heading in SeedSchema.PeriodParts.Select(p => p.Heading).Distinct(StringComparer.Ordinal))
        {
            if (report.FindHeading(heading) is not { } line)
            {
                return null;
            }

            starts.Add((heading, line));
        }

        starts.Sort((a, b) => a.First.CompareTo(b.First));
        return [.. starts.Select((s, i) => (s.Heading, s.First, i + 1 < starts.Count ? starts[i + 1].First - 1 : report.LineCount))];
    }
}
