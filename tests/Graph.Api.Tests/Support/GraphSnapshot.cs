using System.Net.Http.Json;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The whole graph as text (every node's properties, every relationship with its properties), read through the
/// Cypher endpoint, so a test can show that a refused request changed nothing.
/// </summary>
internal static class GraphSnapshot
{
    private const string Dump =
        "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
        + "WITH n, r, m ORDER BY type(r), m.id, r.period "
        + "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, collect([type(r), m.id, properties(r)]) AS rels ORDER BY id";

    public static async Task<string> TakeAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/cypher", new { statement = Dump });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"snapshot failed: {text}");
        var elapsed = text.LastIndexOf(",\"elapsedMs\"", StringComparison.Ordinal);
        return elapsed < 0 ? text : text[..elapsed];
    }

    /// <summary>Runs <paramref name="act"/> and asserts the graph is the same after it as before.</summary>
    public static async Task AssertUnchangedAsync(HttpClient reader, Func<Task> act)
    {
        var before = await TakeAsync(reader);
        await act();
        Assert.Equal(before, await TakeAsync(reader));
    }
}
