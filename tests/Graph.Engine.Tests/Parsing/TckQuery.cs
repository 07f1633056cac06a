namespace Graph.Engine.Tests.Parsing;

/// <summary>One query from a TCK scenario: the query under test or a setup query, with the error the scenario expects, if any.</summary>
internal sealed record TckQuery(string Id, string Text, bool IsSetup, string? ErrorType, string? ErrorDetail)
{
    public bool ExpectsSyntaxError => !IsSetup && ErrorType == "SyntaxError";

    public bool ExpectsSuccess => IsSetup || ErrorType is null;

    public override string ToString() => Id;
}
