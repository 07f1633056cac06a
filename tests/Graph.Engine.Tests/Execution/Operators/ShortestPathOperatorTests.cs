namespace Graph.Engine.Tests.Execution.Operators;

/// <summary>Shortest paths as long as the graph is wide, and as many as a lattice holds, on a default thread stack.</summary>
public sealed class ShortestPathOperatorTests
{
    [Fact]
    public async Task A_shortest_path_20000_hops_long_is_found_on_a_default_thread_stack()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE INDEX FOR (n:S) ON (n.i)");
        store.Run("UNWIND range(1, 20000) AS i CREATE (:S {i: i})");
        store.Run("UNWIND range(1, 19999) AS i MATCH (a:S {i: i}), (b:S {i: i + 1}) CREATE (a)-[:NEXT]->(b)");
        object? shortest = null, all = null;

        var error = await Task.Run(() => ThreadWithStack.Run(ThreadWithStack.RequestThread, () =>
        {
            shortest = store.Scalar("MATCH (a:S {i: 1}), (b:S {i: 20000}) MATCH p = shortestPath((a)-[:NEXT*]->(b)) RETURN length(p)");
            all = store.Scalar("MATCH (a:S {i: 1}), (b:S {i: 20000}) MATCH p = allShortestPaths((a)-[:NEXT*]->(b)) RETURN length(p)");
        }));

        Assert.Null(error);
        Assert.Equal(19999L, shortest);
        Assert.Equal(19999L, all);
    }

    [Fact]
    public void All_shortest_paths_through_a_lattice_are_each_found_once()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(0, 3) AS x UNWIND range(0, 3) AS y CREATE (:G {x: x, y: y})");
        store.Run("MATCH (a:G), (b:G) WHERE (b.x = a.x + 1 AND b.y = a.y) OR (b.y = a.y + 1 AND b.x = a.x) CREATE (a)-[:E]->(b)");

        var paths = store.Column("MATCH (a:G {x: 0, y: 0}), (b:G {x: 3, y: 3}) MATCH p = allShortestPaths((a)-[:E*]->(b)) RETURN [n IN nodes(p) | [n.x, n.y]] AS steps");

        Assert.Equal(20, paths.Count);
        Assert.Equal(20, paths.Select(p => string.Join(";", ((IEnumerable<object?>)p!).Select(s => string.Join(",", (IEnumerable<object?>)s!)))).Distinct(StringComparer.Ordinal).Count());
    }
}
