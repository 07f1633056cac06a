using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Api.Problems;
using Graph.Seeding.Evidence;
using Graph.Seeding.Reading;
using Microsoft.Extensions.Options;

namespace Graph.Api.Features.Writes;

/// <summary>
/// Checks a write's evidence as the seed validator checks the seed's: the quote must occur in the source report with
/// its first character on the stated line (whitespace ignored). Without a report to check against, only presence is
/// required.
/// </summary>
public sealed class ReportEvidence(IOptions<GraphOptions> options)
{
    private readonly Lazy<SourceReport?> report = new(() =>
        SeedLocator.Find(options.Value.SeedPath) is { } folder && SeedReader.ReportCandidates(folder).FirstOrDefault(File.Exists) is { } path
            ? SourceReport.Load(path)
            : null);

    public void Check(string? evidence, long? line)
    {
        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new RequestParameterException("evidence", "a quote from the report is required.");
        }

        if (line is null or < 1)
        {
            throw new RequestParameterException("line", "the report line (1 or more) where the quote starts is required.");
        }

        if (report.Value is not { } source)
        {
            return;
        }

        var match = source.Find(evidence, (int)Math.Min(line.Value, int.MaxValue));
        switch (match.Outcome)
        {
            case EvidenceOutcome.Found:
                return;
            case EvidenceOutcome.OnOtherLines:
                throw new RequestParameterException("line", $"the quote starts on line {string.Join(", ", match.Lines)} of the report, not {line}.");
            case EvidenceOutcome.LineOutOfRange:
                throw new RequestParameterException("line", $"the report has lines 1-{source.LineCount}.");
            default:
                throw new RequestParameterException("evidence", "the quote does not occur in the report.");
        }
    }
}
