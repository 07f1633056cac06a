namespace Graph.Engine.Parsing;

/// <summary>
/// One token: its kind, its span [<paramref name="Start"/>, <paramref name="End"/>) in the statement text,
/// and for names, literals and parameters their decoded <paramref name="Value"/>
/// (a string, a <see cref="System.Numerics.BigInteger"/> magnitude for integers, a double for floats).
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, object? Value)
{
    /// <summary>The decoded name of an identifier, escaped identifier or parameter.</summary>
    public string Name => Value as string ?? string.Empty;
}
