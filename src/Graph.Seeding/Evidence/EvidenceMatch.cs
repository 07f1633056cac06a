namespace Graph.Seeding.Evidence;

/// <summary>The outcome of looking a quote up in the report; <see cref="Lines"/> lists where it does start (at most a few).</summary>
public sealed record EvidenceMatch(EvidenceOutcome Outcome, IReadOnlyList<int> Lines)
{
    public static EvidenceMatch Of(EvidenceOutcome outcome) => new(outcome, []);
}
