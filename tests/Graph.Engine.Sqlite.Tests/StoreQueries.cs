using System.Globalization;
using Graph.Core.Store;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>Running Cypher in tests, with results as plain rows.</summary>
internal static class StoreQueries
{
    public static QueryResult Run(this IGraphStore store, string cypher, IReadOnlyDictionary<string, object?>? parameters = null) =>
        store.RunAsync(new CypherQuery(cypher, parameters ?? new Dictionary<string, object?>()), AccessMode.Write, null, CancellationToken.None)
            .GetAwaiter().GetResult();

    /// <summary>Every row as one line of invariant text, for comparing whole results.</summary>
    public static List<string> Lines(this IGraphStore store, string cypher, IReadOnlyDictionary<string, object?>? parameters = null) =>
        [.. store.Run(cypher, parameters).Rows.Select(row => string.Join(" | ", row.Select(Show)))];

    public static long Count(this IGraphStore store, string cypher) =>
        Convert.ToInt64(store.Run(cypher).Rows.Single()[0], CultureInfo.InvariantCulture);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
