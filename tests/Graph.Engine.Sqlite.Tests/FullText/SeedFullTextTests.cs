using Graph.Engine.Sqlite.Import;

namespace Graph.Engine.Sqlite.Tests.FullText;

/// <summary>What staff type finds its entity in the real seed: partial Chinese names, English aliases, mixed input.</summary>
public sealed class SeedFullTextTests(SeedFullTextTests.IndexedSeed seed) : IClassFixture<SeedFullTextTests.IndexedSeed>
{
    private const string Index = """
        CREATE FULLTEXT INDEX names FOR (n:Chain|Designation|Enterprise|Event|Indicator|Institution|Park|Place|Product|Program|Project|TransportLine)
        ON EACH [n.name, n.aliases]
        """;

    private EmbeddedGraphStore Store => seed.Store;

    [Theory]
    [InlineData("中芯", "ent-smic")]
    [InlineData("中芯国际", "ent-smic")]
    [InlineData("SMIC", "ent-smic")]
    [InlineData("smic", "ent-smic")]
    [InlineData("中芯 SMIC", "ent-smic")]
    [InlineData("SMIC中芯", "ent-smic")]
    [InlineData("集成电路", "chain-integrated-circuit")]
    [InlineData("大运河", "place-grand-canal")]
    public void A_query_puts_its_entity_first(string query, string expected) =>
        Assert.Equal(expected, Ids(query)[0]);

    [Theory]
    [InlineData("杨柳青", "place-yangliuqing-town")]
    [InlineData("芯片", "chain-integrated-circuit")]
    [InlineData("汽车", "chain-auto-high-end-equipment")]
    [InlineData("Tianjin", "place-tianjin")]
    [InlineData("精武", "place-jingwu-town")]
    public void A_partial_or_general_query_finds_its_entity_among_the_first_five(string query, string expected) =>
        Assert.Contains(expected, Ids(query).Take(5));

    [Fact]
    public void A_query_with_no_matching_term_finds_nothing()
    {
        Assert.Empty(Ids("量子引力"));
        Assert.Empty(Ids("   "));
    }

    [Fact]
    public void Scores_are_the_share_of_query_terms_found()
    {
        var rows = Store.Run("CALL db.index.fulltext.queryNodes('names', '中芯 量子') YIELD node, score RETURN node.id, score").Rows;
        Assert.Equal("ent-smic", rows[0][0]);
        Assert.Equal(0.5, rows[0][1]);
    }

    private List<string> Ids(string query) =>
        [.. Store.Run(
                "CALL db.index.fulltext.queryNodes('names', $q) YIELD node RETURN node.id",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["q"] = query })
            .Rows.Select(r => (string)r[0]!)];

    /// <summary>The real seed imported once, with a full-text index over every label's names and aliases.</summary>
    public sealed class IndexedSeed : IAsyncDisposable
    {
        public IndexedSeed()
        {
            Assert.True(CsvGraphImporter.Import(Store, RepositoryFiles.Seed).Succeeded);
            Store.Run(Index);
        }

        public EmbeddedGraphStore Store { get; } = new();

        public ValueTask DisposeAsync() => Store.DisposeAsync();
    }
}
