using Graph.Core.Store;

namespace Graph.Engine.Tests;

/// <summary>Small helpers over a fresh embedded store for tests.</summary>
internal static class TestStore
{
    public static QueryResult Run(this EmbeddedGraphStore store, string text, params (string Name, object? Value)[] parameters) =>
        store.Run(new CypherQuery(text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)));

    /// <summary>The single value of a one-row, one-column result.</summary>
    public static object? Scalar(this EmbeddedGraphStore store, string text, params (string Name, object? Value)[] parameters)
    {
        var result = store.Run(text, parameters);
        Assert.Single(result.Rows);
        return result.Rows[0][0];
    }

    /// <summary>The values of the first column.</summary>
    public static List<object?> Column(this EmbeddedGraphStore store, string text, params (string Name, object? Value)[] parameters) =>
        [.. store.Run(text, parameters).Rows.Select(r => r[0])];
}
