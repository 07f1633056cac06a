using System.Net;
using System.Net.Http.Json;
using Graph.Api.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Features;

/// <summary>Writes with the key: each kind succeeds and is visible at once; each kind of bad input is refused and changes nothing.</summary>
public sealed class WriteEndpointsTests : IDisposable
{
    // A quote of line 119 of the report: "杉杉奥特莱斯、呷哺呷哺等地区总部成功落地".
    private const string Quote = "呷哺呷哺等地区总部";
    private const long QuoteLine = 119;

    private readonly GraphApiFactory api = new(RepoPaths.TinySeed);

    public void Dispose() => api.Dispose();

    [SkippableFact]
    public async Task An_entity_added_with_evidence_can_be_read_changed_and_deleted()
    {
        api.RequireReady();
        using var writer = api.CreateWriter();

        var created = await writer.PostAsJsonAsync("/api/entities", new
        {
            id = "ent-shanshan-outlets",
            label = "Enterprise",
            name = "杉杉奥特莱斯",
            aliases = new[] { "Shanshan Outlets" },
            evidence = "杉杉奥特莱斯",
            line = QuoteLine,
            properties = new { country = "China", kind = "private" },
        });
        await HttpAssert.JsonAsync(created, HttpStatusCode.Created);
        Assert.Equal("/api/entities/ent-shanshan-outlets", created.Headers.Location?.OriginalString);

        var read = await HttpAssert.JsonAsync(await writer.GetAsync("/api/entities/ent-shanshan-outlets"));
        Assert.Equal("private", read.GetProperty("properties").GetProperty("kind").GetString());

        await HttpAssert.JsonAsync(await writer.PatchAsJsonAsync("/api/entities/ent-shanshan-outlets", new { description = "outlet mall", properties = new { kind = "listed" } }));
        var changed = await HttpAssert.JsonAsync(await writer.GetAsync("/api/entities/ent-shanshan-outlets"));
        Assert.Equal("listed", changed.GetProperty("properties").GetProperty("kind").GetString());
        Assert.Equal("outlet mall", changed.GetProperty("properties").GetProperty("description").GetString());

        await HttpAssert.JsonAsync(await writer.DeleteAsync("/api/entities/ent-shanshan-outlets"));
        await HttpAssert.ProblemAsync(await writer.GetAsync("/api/entities/ent-shanshan-outlets"), HttpStatusCode.NotFound, Codes.EntityNotFound);
    }

    [SkippableFact]
    public async Task A_relationship_added_with_evidence_shows_on_both_ends_and_can_be_changed_and_deleted()
    {
        api.RequireReady();
        using var writer = api.CreateWriter();
        const string key = "/api/relationships/ent-xiabuxiabu/HEADQUARTERS_IN/place-yangliuqing-town/plan_2022";

        await HttpAssert.JsonAsync(
            await writer.PostAsJsonAsync("/api/relationships", new
            {
                from = "ent-xiabuxiabu",
                type = "HEADQUARTERS_IN",
                to = "place-yangliuqing-town",
                period = "plan_2022",
                status = "planned",
                evidence = Quote,
                line = QuoteLine,
                note = "test",
            }),
            HttpStatusCode.Created);
        var place = await HttpAssert.JsonAsync(await writer.GetAsync("/api/places/place-yangliuqing-town"));
        Assert.Contains("ent-xiabuxiabu", place.GetProperty("contents").GetProperty("items").EnumerateArray().Select(c => c.GetProperty("entity").GetProperty("id").GetString()));

        await HttpAssert.JsonAsync(await writer.PatchAsJsonAsync(key, new { status = "landed" }));
        var firm = await HttpAssert.JsonAsync(await writer.GetAsync("/api/entities/ent-xiabuxiabu"));
        Assert.Contains(firm.GetProperty("links").GetProperty("items").EnumerateArray(), l => l.GetProperty("period").GetString() == "plan_2022" && l.GetProperty("status").GetString() == "landed");

        await HttpAssert.JsonAsync(await writer.DeleteAsync(key));
        await HttpAssert.ProblemAsync(await writer.DeleteAsync(key), HttpStatusCode.NotFound, Codes.EntityNotFound);
    }

    [SkippableFact]
    public async Task A_write_through_the_Query_API_is_seen_by_the_next_domain_read()
    {
        api.RequireReady();
        using var client = api.CreateClient();
        var before = await HttpAssert.JsonAsync(await client.GetAsync("/api/entities/ent-yuanqi-senlin"));
        using var neo4j = api.CreateClient();
        neo4j.DefaultRequestHeaders.Authorization = new("Bearer", GraphApiFactory.ApiKey);

        await HttpAssert.JsonAsync(
            await neo4j.PostAsJsonAsync("/db/neo4j/query/v2", new { statement = "MATCH (e:Enterprise {id: 'ent-yuanqi-senlin'}) SET e.description = 'changed'" }),
            HttpStatusCode.Accepted);
        var after = await HttpAssert.JsonAsync(await client.GetAsync("/api/entities/ent-yuanqi-senlin"));

        Assert.Equal("饮料企业", before.GetProperty("properties").GetProperty("description").GetString());
        Assert.Equal("changed", after.GetProperty("properties").GetProperty("description").GetString());
    }

    [SkippableFact]
    public async Task Reloading_an_unchanged_seed_loads_nothing_and_a_forced_reload_loads_it_again()
    {
        api.RequireReady();
        using var writer = api.CreateWriter();

        var unchanged = await HttpAssert.JsonAsync(await writer.PostAsync("/api/seed/reload", null));
        var forced = await HttpAssert.JsonAsync(await writer.PostAsync("/api/seed/reload?force=true", null));

        Assert.Equal("unchanged", unchanged.GetProperty("status").GetString());
        Assert.Equal("loaded", forced.GetProperty("status").GetString());
        Assert.Equal(26, forced.GetProperty("nodes").GetInt32());
    }

    public static TheoryData<string, object, HttpStatusCode, string, string?> BadEntities => new()
    {
        { "no label", new { id = "ent-x", name = "x", evidence = Quote, line = QuoteLine }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "label" },
        { "unknown label", new { id = "ent-x", label = "Planet", name = "x", evidence = Quote, line = QuoteLine }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "label" },
        { "id of another label", new { id = "proj-x", label = "Enterprise", name = "x", evidence = Quote, line = QuoteLine, properties = new { kind = "private" } }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "id" },
        { "id not a slug", new { id = "ent-X Y", label = "Enterprise", name = "x", evidence = Quote, line = QuoteLine, properties = new { kind = "private" } }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "id" },
        { "no name", new { id = "ent-x", label = "Enterprise", evidence = Quote, line = QuoteLine, properties = new { kind = "private" } }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "name" },
        { "no evidence", new { id = "ent-x", label = "Enterprise", name = "x", line = QuoteLine, properties = new { kind = "private" } }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "evidence" },
        { "evidence not in the report", new { id = "ent-x", label = "Enterprise", name = "x", evidence = "这句话不在报告里", line = QuoteLine, properties = new { kind = "private" } }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "evidence" },
        { "evidence on another line", new { id = "ent-x", label = "Enterprise", name = "x", evidence = Quote, line = 12L, properties = new { kind = "private" } }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "line" },
        { "enum value not allowed", new { id = "ent-x", label = "Enterprise", name = "x", evidence = Quote, line = QuoteLine, properties = new { kind = "giant" } }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "properties.kind" },
        { "property of another label", new { id = "ent-x", label = "Enterprise", name = "x", evidence = Quote, line = QuoteLine, properties = new { kind = "private", level = "town" } }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "properties.level" },
        { "required property missing", new { id = "ent-x", label = "Enterprise", name = "x", evidence = Quote, line = QuoteLine }, HttpStatusCode.BadRequest, Codes.RequestInvalid, "properties.kind" },
        { "id taken", new { id = "ent-smic", label = "Enterprise", name = "x", evidence = Quote, line = QuoteLine, properties = new { kind = "private" } }, HttpStatusCode.Conflict, Codes.ConstraintValidationFailed, null },
    };

    [SkippableTheory]
    [MemberData(nameof(BadEntities))]
    public async Task A_bad_entity_is_refused_and_changes_nothing(string why, object body, HttpStatusCode status, string code, string? parameter)
    {
        api.RequireReady();
        using var writer = api.CreateWriter();
        HttpResponseMessage? response = null;

        await GraphSnapshot.AssertUnchangedAsync(writer, async () => response = await writer.PostAsJsonAsync("/api/entities", body));

        Assert.False(string.IsNullOrEmpty(why));
        await HttpAssert.ProblemAsync(response!, status, code, parameter);
    }

    public static TheoryData<string, object, HttpStatusCode, string, string?> BadRelationships => new()
    {
        { "unknown type", Rel(type: "OWNS"), HttpStatusCode.BadRequest, Codes.RequestInvalid, "type" },
        { "type not allowed between these labels", Rel(type: "PRODUCES"), HttpStatusCode.BadRequest, Codes.RequestInvalid, "type" },
        { "bad period", Rel(period: "2099"), HttpStatusCode.BadRequest, Codes.RequestInvalid, "period" },
        { "bad status", Rel(status: "dreaming"), HttpStatusCode.BadRequest, Codes.RequestInvalid, "status" },
        { "from not an id", Rel(from: "xiabuxiabu"), HttpStatusCode.BadRequest, Codes.RequestInvalid, "from" },
        { "evidence not in the report", Rel(evidence: "不在报告里的话"), HttpStatusCode.BadRequest, Codes.RequestInvalid, "evidence" },
        { "unknown start", Rel(from: "ent-nobody"), HttpStatusCode.NotFound, Codes.EntityNotFound, null },
        { "unknown end", Rel(to: "place-nowhere"), HttpStatusCode.NotFound, Codes.EntityNotFound, null },
        { "already there", new { from = "ent-xiabuxiabu", type = "HEADQUARTERS_IN", to = "place-xiqing-district", period = "review_2016_2021", status = "landed", evidence = Quote, line = QuoteLine }, HttpStatusCode.Conflict, Codes.ConstraintValidationFailed, null },
    };

    [SkippableTheory]
    [MemberData(nameof(BadRelationships))]
    public async Task A_bad_relationship_is_refused_and_changes_nothing(string why, object body, HttpStatusCode status, string code, string? parameter)
    {
        api.RequireReady();
        using var writer = api.CreateWriter();
        HttpResponseMessage? response = null;

        await GraphSnapshot.AssertUnchangedAsync(writer, async () => response = await writer.PostAsJsonAsync("/api/relationships", body));

        Assert.False(string.IsNullOrEmpty(why));
        await HttpAssert.ProblemAsync(response!, status, code, parameter);
    }

    [SkippableTheory]
    [InlineData("PATCH", "/api/entities/ent-nobody", HttpStatusCode.NotFound, Codes.EntityNotFound)]
    [InlineData("DELETE", "/api/entities/ent-nobody", HttpStatusCode.NotFound, Codes.EntityNotFound)]
    [InlineData("PATCH", "/api/relationships/ent-smic/IN_CHAIN/chain-integrated-circuit/year_2021", HttpStatusCode.NotFound, Codes.EntityNotFound)]
    [InlineData("PATCH", "/api/relationships/ent-smic/IN_CHAIN/chain-integrated-circuit/someday", HttpStatusCode.BadRequest, Codes.RequestInvalid)]
    public async Task A_change_to_something_missing_is_refused_and_changes_nothing(string method, string url, HttpStatusCode status, string code)
    {
        api.RequireReady();
        using var writer = api.CreateWriter();
        HttpResponseMessage? response = null;

        await GraphSnapshot.AssertUnchangedAsync(writer, async () =>
            response = await writer.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { status = "completed", name = "x" }) }));

        await HttpAssert.ProblemAsync(response!, status, code);
    }

    [SkippableFact]
    public async Task A_malformed_JSON_body_is_400_and_changes_nothing()
    {
        api.RequireReady();
        using var writer = api.CreateWriter();
        HttpResponseMessage? response = null;

        await GraphSnapshot.AssertUnchangedAsync(writer, async () =>
            response = await writer.PostAsync("/api/entities", new StringContent("{\"id\": ", System.Text.Encoding.UTF8, "application/json")));

        await HttpAssert.ProblemAsync(response!, HttpStatusCode.BadRequest, Codes.RequestInvalid);
    }

    private static object Rel(string from = "ent-xiabuxiabu", string type = "HEADQUARTERS_IN", string to = "place-yangliuqing-town", string period = "plan_2022", string status = "planned", string evidence = Quote) =>
        new { from, type, to, period, status, evidence, line = QuoteLine };
}
