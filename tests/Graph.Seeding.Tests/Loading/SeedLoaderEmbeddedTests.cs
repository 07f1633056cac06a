using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine;
using Graph.Seeding.Loading;
using Graph.Seeding.Model;
using Graph.Seeding.Reading;
using Graph.Seeding.Tests.Support;

namespace Graph.Seeding.Tests.Loading;

/// <summary>
/// The tiny seed through the loader into the real embedded store. Each test is skipped, with the engine's own
/// message as the reason, while the store refuses the loader's statements as unsupported, and runs by itself once
/// the engine can. The data path and the constraint path are separate tests so one missing feature hides only itself.
/// </summary>
public sealed class SeedLoaderEmbeddedTests
{
    private static readonly SeedGraph Tiny = SeedReader.Read(RepoPaths.TinySeed, RepoPaths.Report);

    private static readonly SeedLoadOptions DataOnly = new() { CreateConstraints = false };

    [SkippableFact]
    public async Task Tiny_seed_loads_into_the_embedded_store_and_loading_again_changes_nothing()
    {
        await using var store = new EmbeddedGraphStore();

        var first = await LoadOrSkip(store, DataOnly);
        var second = await SeedLoader.LoadAsync(store, Tiny, DataOnly, null, CancellationToken.None);

        Assert.Equal((26, 24), (first.Counters.NodesCreated, first.Counters.RelationshipsCreated));
        Assert.Equal((0, 0), (second.Counters.NodesCreated, second.Counters.RelationshipsCreated));
        Assert.Equal(26L, await Scalar(store, "MATCH (n) RETURN count(n)"));
        Assert.Equal(24L, await Scalar(store, "MATCH ()-[r]->() RETURN count(r)"));
        Assert.Equal("集成电路", await Scalar(store, "MATCH (:Enterprise {id: 'ent-smic'})-[:IN_CHAIN {period: 'plan_2022'}]->(c:Chain) RETURN c.name"));
        Assert.Equal(
            new object?[] { "SMIC", "中芯" },
            Assert.IsAssignableFrom<IReadOnlyList<object?>>(await Scalar(store, "MATCH (e:Enterprise {id: 'ent-smic'}) RETURN e.aliases")));
        Assert.Null(await Scalar(store, "MATCH (p:Project {id: 'proj-chip-test-center'}) RETURN p.investment"));
    }

    [SkippableFact]
    public async Task Loading_with_id_constraints_creates_them_once_and_loads_the_same_graph()
    {
        await using var store = new EmbeddedGraphStore();

        var first = await LoadOrSkip(store, SeedLoadOptions.Default);
        var second = await SeedLoader.LoadAsync(store, Tiny, SeedLoadOptions.Default, null, CancellationToken.None);

        Assert.Equal((12, 26), (first.Counters.ConstraintsAdded, first.Counters.NodesCreated));
        Assert.Equal((0, 0), (second.Counters.ConstraintsAdded, second.Counters.NodesCreated));
        Assert.Equal(26L, await Scalar(store, "MATCH (n) RETURN count(n)"));
    }

    private static async Task<SeedLoadResult> LoadOrSkip(EmbeddedGraphStore store, SeedLoadOptions options)
    {
        try
        {
            return await SeedLoader.LoadAsync(store, Tiny, options, null, CancellationToken.None);
        }
        catch (UnsupportedFeatureException e)
        {
            throw new SkipException($"the embedded store cannot load the seed yet: {e.Message}");
        }
    }

    private static async Task<object?> Scalar(EmbeddedGraphStore store, string cypher)
    {
        var result = await store.RunAsync(new CypherQuery(cypher), AccessMode.Read, null, CancellationToken.None);
        return Assert.Single(result.Rows)[0];
    }
}
