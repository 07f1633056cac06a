using Graph.Core.Errors;

namespace Graph.Engine.Tests.Procedures;

/// <summary>
/// Full-text queries: plain terms (any may match), OR, and escaped characters are searched; every other piece of
/// Lucene's syntax is refused by name rather than read as more terms OR-ed together (which answered wrong).
/// </summary>
public sealed class FullTextQuerySyntaxTests
{
    private readonly EmbeddedGraphStore store = Docs();

    [Theory]
    [InlineData("canal", new[] { "Grand Canal museum" })]
    [InlineData("canal OR 中芯", new[] { "Grand Canal museum", "中芯国际 fab" })]
    [InlineData("canal || 中芯", new[] { "Grand Canal museum", "中芯国际 fab" })]
    [InlineData("C\\+\\+", new[] { "C++ and canal tools" })]
    [InlineData("ent-smic", new[] { "ent-smic record" })]
    public void Plain_terms_or_and_escapes_are_searched(string query, string[] expected)
    {
        var found = store.Column("CALL db.index.fulltext.queryNodes('docs', $q) YIELD node RETURN node.text ORDER BY node.text", ("q", query));

        Assert.Subset(found.ToHashSet(), expected.Cast<object?>().ToHashSet());
    }

    [Theory]
    [InlineData("\"grand canal\"", "phrase queries")]
    [InlineData("grand AND canal", "boolean operator AND")]
    [InlineData("grand NOT canal", "boolean operator NOT")]
    [InlineData("grand && canal", "boolean operator &&")]
    [InlineData("+grand canal", "required and prohibited terms (+)")]
    [InlineData("grand -canal", "required and prohibited terms (-)")]
    [InlineData("can*", "wildcards")]
    [InlineData("c?nal", "wildcards")]
    [InlineData("canal~", "fuzzy and proximity")]
    [InlineData("canal^2", "boosts")]
    [InlineData("text:canal", "field-qualified terms")]
    [InlineData("(grand canal)", "grouping")]
    [InlineData("[a TO z]", "range queries")]
    [InlineData("/can.l/", "regular expressions")]
    public void Other_lucene_syntax_is_refused_by_name(string query, string construct)
    {
        var error = Assert.Throws<UnsupportedFeatureException>(
            () => store.Run("CALL db.index.fulltext.queryNodes('docs', $q) YIELD node RETURN node", ("q", query)));

        Assert.Equal(StatusCodes.FeatureNotSupported, error.Code);
        Assert.Contains(construct, error.Message, StringComparison.Ordinal);
    }

    private static EmbeddedGraphStore Docs()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE FULLTEXT INDEX docs FOR (d:Doc) ON EACH [d.text]");
        store.Run("UNWIND ['Grand Canal museum', '中芯国际 fab', 'C++ and canal tools', 'ent-smic record', 'nothing here'] AS t CREATE (:Doc {text: t})");
        return store;
    }
}
