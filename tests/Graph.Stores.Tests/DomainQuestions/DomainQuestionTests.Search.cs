using Graph.Api.Features.Enterprises;
using Graph.Api.Features.Search;
using Graph.Api.Results;
using Graph.Core.Store;
using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary>Full-text search and related enterprises: the questions that lean on an index and on a write.</summary>
public abstract partial class DomainQuestionTests
{
    [SkippableFact]
    public async Task Search_finds_a_chinese_name_by_its_first_characters_exact_matches_first()
    {
        var ids = await SearchAsync("中芯", label: null);

        // 中芯 is one of 中芯国际's aliases (an exact match), and 中芯国际扩能 starts with it.
        Assert.Equal(["ent-smic", "proj-smic-expansion"], ids);
    }

    [SkippableFact]
    public async Task Search_filters_by_label()
    {
        Assert.Equal(["proj-smic-expansion"], await SearchAsync("中芯", label: "Project"));
    }

    [SkippableFact]
    public async Task Search_finds_an_english_alias_in_any_case()
    {
        var upper = await SearchAsync("SMIC", label: null);
        KnownDifferences.SkipWhile(KnownDifferences.IsEmbedded(Kind), upper.Count == 0, KnownDifferences.FullTextIgnoresStringLists);

        Assert.Equal(["ent-smic"], upper);
        Assert.Equal(["ent-smic"], await SearchAsync("smic", label: null));
    }

    [SkippableFact]
    public async Task Search_text_with_lucene_syntax_characters_is_searched_for_not_parsed()
    {
        Assert.Equal(["proj-chip-test-center"], await SearchAsync("芯片(测试)", label: null));
    }

    [SkippableFact]
    public async Task An_enterprise_without_related_firms_still_comes_back_and_an_unknown_one_does_not()
    {
        var lonely = await AskAsync(RelatedQueries.Related, ("id", "ent-smic"), ("skip", 0L), ("end", 20L));
        var unknown = await AskAsync(RelatedQueries.Related, ("id", "ent-nobody"), ("skip", 0L), ("end", 20L));

        var row = Assert.Single(lonely.Rows);
        Assert.Equal(("ent-smic", "中芯国际", 0L), ((string)row[0]!, (string)row[1]!, CypherValues.Integer(row[2])));
        Assert.Empty(unknown.Rows);
    }

    [SkippableFact]
    public async Task Related_firms_are_scored_by_their_reasons_inside_a_transaction_that_is_then_rolled_back()
    {
        var related = Parameters(("id", "ent-smic"), ("skip", 0L), ("end", 20L));
        await using (var tx = await Store.BeginAsync(AccessMode.Write, CancellationToken.None))
        {
            await tx.RunAsync(
                new CypherQuery(
                    "MATCH (c:Chain {id: 'chain-integrated-circuit'}) CREATE (:Enterprise {id: 'ent-stores-test', name: '测试芯片公司'})-[:IN_CHAIN {status: 'planned', period: 'plan_2022'}]->(c)"),
                null,
                CancellationToken.None);

            var inside = await tx.RunAsync(new CypherQuery(RelatedQueries.Related, related), null, CancellationToken.None);

            var row = Assert.Single(inside.Rows);
            Assert.Equal(1L, CypherValues.Integer(row[2]));
            var firm = RelatedEnterprise.Read(Assert.Single(CypherValues.List(row[3])));
            Assert.Equal("ent-stores-test", firm.Enterprise.Id);
            // 中芯国际 is in the chain twice (two periods), so the chain joins them along two paths: 3 + 3.
            Assert.Equal(6L, firm.Score);
            Assert.All(firm.Reasons, r => Assert.Equal(("same_chain", 3L, "chain-integrated-circuit"), (r.Reason, r.Weight, r.Via?.Id)));
            await tx.RollbackAsync(CancellationToken.None);
        }

        var after = await Store.RunAsync(new CypherQuery(RelatedQueries.Related, related), AccessMode.Read, null, CancellationToken.None);
        Assert.Equal(0L, CypherValues.Integer(Assert.Single(after.Rows)[2]));
    }

    private async Task<List<string>> SearchAsync(string text, string? label)
    {
        var result = await AskAsync(SearchQueries.Search, ("query", LuceneText.Escape(text)), ("text", text), ("label", label), ("skip", 0L), ("limit", 21L));
        return [.. result.Rows.Select(r => (string)r[0]!)];
    }
}
