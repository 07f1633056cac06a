namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>A token of the mini Cypher used to run TCK expression scenarios against the value library.</summary>
internal sealed record MiniToken(MiniTokenKind Kind, string Text, object? Value, int Start, int End)
{
    public bool Is(string symbolOrKeyword) =>
        (Kind == MiniTokenKind.Symbol && Text == symbolOrKeyword)
        || (Kind == MiniTokenKind.Identifier && string.Equals(Text, symbolOrKeyword, StringComparison.OrdinalIgnoreCase));
}
