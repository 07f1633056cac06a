namespace Graph.Seeding.Evidence;

/// <summary>How an evidence quote relates to its stated line.</summary>
public enum EvidenceOutcome
{
    /// <summary>The quote occurs with its first character on the stated line.</summary>
    Found,

    /// <summary>The quote occurs, but starts on other lines (<see cref="EvidenceMatch.Lines"/>).</summary>
    OnOtherLines,

    /// <summary>The quote does not occur in the report.</summary>
    NotFound,

    /// <summary>The stated line is not a line of the report.</summary>
    LineOutOfRange,

    /// <summary>The quote is empty once whitespace is removed.</summary>
    Empty,
}
