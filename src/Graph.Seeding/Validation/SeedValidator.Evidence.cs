using Graph.Seeding.Evidence;
using Graph.Seeding.Model;

namespace Graph.Seeding.Validation;

public static partial class SeedValidator
{
    private const int QuoteShownLength = 40;

    /// <summary>Every evidence quote occurs in the report with its first character on the stated line.</summary>
    private static void CheckEvidence(SeedGraph graph, List<SeedProblem> problems)
    {
        if (graph.Report is null)
        {
            return; // the reader has said the report is missing
        }

        var rows = graph.Nodes.Select(n => (n.Properties, n.Source)).Concat(graph.Relationships.Select(r => (r.Properties, r.Source)));
        foreach (var (properties, source) in rows)
        {
            if (Text(properties, "evidence") is { } quote && properties.TryGetValue("line", out var value) && value is long line)
            {
                CheckQuote(graph.Report, quote, line, source, problems);
            }
        }
    }

    private static void CheckQuote(SourceReport report, string quote, long line, SeedSource source, List<SeedProblem> problems)
    {
        var match = report.Find(quote, (int)Math.Clamp(line, int.MinValue, int.MaxValue));
        var shown = quote.Length <= QuoteShownLength ? quote : quote[..QuoteShownLength] + "…";
        var message = match.Outcome switch
        {
            EvidenceOutcome.Found => null,
            EvidenceOutcome.Empty => "evidence is only whitespace",
            EvidenceOutcome.LineOutOfRange => $"line {line} is not a line of the report (1-{report.LineCount})",
            EvidenceOutcome.NotFound => $"evidence not found in the report: '{shown}'",
            _ => $"evidence starts on line {string.Join(", ", match.Lines)} of the report, not line {line}: '{shown}'",
        };
        if (message is not null)
        {
            Add(problems, source, message);
        }
    }
}
