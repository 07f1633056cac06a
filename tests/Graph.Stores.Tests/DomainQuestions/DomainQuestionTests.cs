using Graph.Api.Contracts;
using Graph.Api.Features.Chains;
using Graph.Api.Features.Entities;
using Graph.Api.Features.Neighborhood;
using Graph.Api.Features.Paths;
using Graph.Api.Features.Places;
using Graph.Api.Results;
using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary>
/// The domain endpoints' own Cypher (referenced from Graph.Api's feature folders, never copied), asked of each store
/// through <c>IGraphStore</c> and read with the endpoints' own readers, against the tiny seed's known answers
/// (graph-seed/tiny/README.md). The same class runs on every store; see the subclasses.
/// </summary>
public abstract partial class DomainQuestionTests(StoreFixture fixture) : StoreSuite(fixture)
{
    [SkippableFact]
    public async Task Chains_are_listed_largest_first_with_their_member_counts()
    {
        var result = await AskAsync(ChainQueries.List, ("skip", 0L), ("limit", 21L));

        var rows = result.Rows.Select(r => (Id: r[0], Members: CypherValues.Integer(r[5]), Projects: CypherValues.Integer(r[6]), Enterprises: CypherValues.Integer(r[7]))).ToList();
        Assert.Equal(
            [("chain-integrated-circuit", 4L, 2L, 1L), ("chain-internet-of-vehicles", 1L, 1L, 0L)],
            rows.Select(r => ((string)r.Id!, r.Members, r.Projects, r.Enterprises)).Select(r => (r.Item1, r.Members!.Value, r.Projects!.Value, r.Enterprises!.Value)));
        Assert.Equal(["IC", "Integrated Circuit"], CypherValues.Strings(result.Rows[0][3]));
    }

    [SkippableFact]
    public async Task A_chain_comes_with_every_member_and_its_facts()
    {
        var members = await ChainMembersAsync("chain-integrated-circuit", status: null, period: null);

        // By label, then by name in code-point order: 中 (U+4E2D) before 芯 (U+82AF).
        Assert.Equal(["ent-smic", "inst-ic-talent-alliance", "proj-smic-expansion", "proj-chip-test-center"], members.Select(m => m.Member.Id));
        var smic = members.Single(m => m.Member.Id == "ent-smic");
        Assert.Equal(["operating", "planned"], smic.Facts.Select(f => f.Status).Order(StringComparer.Ordinal));
        Assert.All(smic.Facts, f => Assert.Equal("IN_CHAIN", f.Type));
        Assert.Contains(smic.Facts, f => f is { Period: "review_2016_2021", Line: 62 });
    }

    [SkippableFact]
    public async Task Chain_members_filter_by_status_and_by_period()
    {
        var planned = await ChainMembersAsync("chain-integrated-circuit", status: "planned", period: null);
        var review = await ChainMembersAsync("chain-integrated-circuit", status: null, period: "review_2016_2021");

        Assert.Equal(["ent-smic", "proj-smic-expansion", "proj-chip-test-center"], planned.Select(m => m.Member.Id));
        Assert.Equal("planned", Assert.Single(planned[0].Facts).Status);
        Assert.Equal(["ent-smic", "inst-ic-talent-alliance"], review.Select(m => m.Member.Id));
    }

    [SkippableFact]
    public async Task A_chain_whose_members_are_all_filtered_out_still_comes_back_and_an_unknown_one_does_not()
    {
        var filtered = await AskAsync(ChainQueries.Members, ("id", "chain-integrated-circuit"), ("town", "place-yangliuqing-town"), ("status", null), ("period", null));
        var unknown = await AskAsync(ChainQueries.Members, ("id", "chain-nowhere"), ("town", null), ("status", null), ("period", null));

        var row = Assert.Single(filtered.Rows);
        Assert.Equal("集成电路", CypherValues.Map(row[0])["name"]);
        Assert.All(CypherValues.List(row[1]), Assert.Null);
        Assert.Empty(unknown.Rows);
    }

    [SkippableFact]
    public async Task An_entity_comes_with_its_relationships_ordered_by_type_then_other_end()
    {
        var result = await AskAsync(Render(EntityQueries.Details, "Enterprise"), ("id", "ent-smic"), ("skip", 0L), ("end", 20L));

        var row = Assert.Single(result.Rows);
        Assert.Equal(("ent-smic", "Enterprise"), ((string)row[0]!, (string)row[1]!));
        var properties = CypherValues.Map(row[2]);
        Assert.Equal("中芯国际", properties["name"]);
        Assert.Equal(["SMIC", "中芯"], CypherValues.Strings(properties["aliases"]));
        Assert.Equal(62L, CypherValues.Integer(properties["line"]));
        Assert.Equal(3L, CypherValues.Integer(row[3]));
        var links = CypherValues.List(row[4]).Select(Link.Read).ToList();
        Assert.Equal(
            [("DEVELOPS", "out", "proj-smic-expansion", "plan_2022"), ("IN_CHAIN", "out", "chain-integrated-circuit", "plan_2022"), ("IN_CHAIN", "out", "chain-integrated-circuit", "review_2016_2021")],
            links.Select(l => (l.Type, l.Direction, l.Other.Id, l.Period!)));
    }

    [SkippableFact]
    public async Task Entity_relationships_page_with_the_total()
    {
        var result = await AskAsync(Render(EntityQueries.Details, "Place"), ("id", "place-xiqing-district"), ("skip", 2L), ("end", 5L));

        var row = Assert.Single(result.Rows);
        Assert.Equal(11L, CypherValues.Integer(row[3]));
        var links = CypherValues.List(row[4]).Select(Link.Read).ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal(["HOSTS", "LOCATED_IN", "MEASURES"], links.Select(l => l.Type));
        Assert.Equal(["out", "in", "in"], links.Select(l => l.Direction));
    }

    [SkippableFact]
    public async Task A_place_lists_what_lies_in_it_and_its_sub_places_what_it_is_part_of_and_its_lines()
    {
        var district = await PlaceAsync("place-xiqing-district");
        var town = await PlaceAsync("place-yangliuqing-town");
        var canal = await PlaceAsync("place-grand-canal");

        Assert.Equal(["park-ai-industrial-park", "place-yangliuqing-town"], district.SubPlaces.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["ent-xiabuxiabu", "park-ai-industrial-park", "proj-yangliuqing-grand-canal-park"], district.Contents.Items.Select(c => c.Entity.Id).Order(StringComparer.Ordinal));
        Assert.Equal("place-yangliuqing-town", district.Contents.Items.Single(c => c.Entity.Id == "proj-yangliuqing-grand-canal-park").Within?.Id);
        Assert.Empty(district.PartOf);
        Assert.Equal(["goals_2022_2026", "review_2016_2021"], district.Lines.Select(l => l.Fact.Period).Order(StringComparer.Ordinal));
        Assert.Equal(["place-xiqing-district"], town.PartOf.Select(p => p.Id));
        Assert.Equal("district", town.PartOf[0].Level);
        Assert.Equal(["proj-yangliuqing-grand-canal-park"], canal.Along.Select(a => a.Entity.Id));
    }

    [SkippableFact]
    public async Task All_shortest_paths_come_with_every_hop_and_an_unknown_end_is_told_apart_from_no_path()
    {
        var two = await PathsAsync("ent-xiabuxiabu", "Enterprise", "line-metro-5", "TransportLine");
        var none = await PathsAsync("ent-smic", "Enterprise", "place-xiqing-district", "Place");
        var unknown = await AskAsync(Render(PathQueries.Shortest.Replace("{hops}", "4", StringComparison.Ordinal), "Enterprise", "Place"), ("from", "ent-nobody"), ("to", "place-xiqing-district"), ("limit", 10L));

        Assert.Equal(2, two.Count);
        Assert.All(two, p => Assert.Equal(["ent-xiabuxiabu", "place-xiqing-district", "line-metro-5"], p.Nodes.Select(n => n.Id)));
        Assert.Equal(["goals_2022_2026", "review_2016_2021"], two.Select(p => p.Hops[1].Period).Order(StringComparer.Ordinal));
        Assert.All(two, p => Assert.Equal(("SERVES", "line-metro-5", "place-xiqing-district"), (p.Hops[1].Type, p.Hops[1].From, p.Hops[1].To)));
        Assert.Empty(none);
        var row = Assert.Single(unknown.Rows);
        Assert.Null(row[0]);
        Assert.Equal("place-xiqing-district", row[1]);
    }

    [SkippableFact]
    public async Task The_neighbourhood_grows_by_hop_and_keeps_each_edge_at_its_nearest_hop()
    {
        var one = await NeighborhoodAsync("place-yangliuqing-town", depth: 1);
        var two = await NeighborhoodAsync("place-yangliuqing-town", depth: 2);

        Assert.Equal(["LOCATED_IN 1", "PART_OF 1"], one);
        Assert.Equal(13, two.Count);
        Assert.Equal(["ALONG 2", "DESIGNATED_AS 2", "HEADQUARTERS_IN 2", "HOSTS 2", "LOCATED_IN 1", "LOCATED_IN 2", "MEASURES 2", "MEASURES 2", "PARTNERS_WITH 2", "PART_OF 1", "SERVES 2", "SERVES 2", "SUPPORTS 2"], two);
    }

    private async Task<List<ChainMember>> ChainMembersAsync(string id, string? status, string? period)
    {
        var result = await AskAsync(ChainQueries.Members, ("id", id), ("town", null), ("status", status), ("period", period));
        return [.. CypherValues.List(Assert.Single(result.Rows)[1]).Where(m => m is not null).Select(ChainMember.Read)];
    }

    private async Task<PlaceDetails> PlaceAsync(string id)
    {
        var row = Assert.Single((await AskAsync(PlaceQueries.Details, ("id", id))).Rows);
        return new PlaceDetails(
            id,
            CypherValues.PlainMap(CypherValues.Map(row[0])),
            [.. CypherValues.List(row[1]).Select(PlaceRef.Read)],
            [.. CypherValues.List(row[2]).Select(PlaceRef.Read)],
            new Dictionary<string, int>(StringComparer.Ordinal),
            new Page<PlacedEntity>([.. CypherValues.List(row[3]).Select(PlacedEntity.Read)], 0, int.MaxValue, false, null),
            [.. CypherValues.List(row[4]).Select(PlacedEntity.Read)],
            [.. CypherValues.List(row[5]).Select(PlacedEntity.Read)]);
    }

    private async Task<List<GraphPathView>> PathsAsync(string from, string fromLabel, string to, string toLabel)
    {
        var cypher = Render(PathQueries.Shortest.Replace("{hops}", "4", StringComparison.Ordinal), fromLabel, toLabel);
        var row = Assert.Single((await AskAsync(cypher, ("from", from), ("to", to), ("limit", 10L))).Rows);
        Assert.Equal((from, to), ((string)row[0]!, (string)row[1]!));
        return [.. CypherValues.List(row[2]).Select(GraphPathView.Read)];
    }

    /// <summary>"TYPE hop" per edge, sorted: the stores may order edges that tie on (hop, start, end, type) differently.</summary>
    private async Task<List<string>> NeighborhoodAsync(string id, int depth)
    {
        var cypher = Render(NeighborhoodQueries.Edges.Replace("{depth}", depth.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), "Place");
        var result = await AskAsync(cypher, ("id", id), ("edges", 401L));
        return [.. result.Rows.Select(r => $"{CypherValues.Map(r[2])["type"]} {CypherValues.Integer(r[1])}").Order(StringComparer.Ordinal)];
    }
}
