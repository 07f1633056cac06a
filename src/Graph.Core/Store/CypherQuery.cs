namespace Graph.Core.Store;

/// <summary>A Cypher statement and its parameters. User input only ever travels in <see cref="Parameters"/>.</summary>
public sealed record CypherQuery(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>(StringComparer.Ordinal);

    public CypherQuery(string text)
        : this(text, None)
    {
    }
}
