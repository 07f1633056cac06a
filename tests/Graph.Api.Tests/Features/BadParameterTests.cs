using System.Net;
using Graph.Api.Tests.Support;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Features;

/// <summary>Every kind of bad query-string input is a 400 problem that names the parameter, before any query runs.</summary>
[Collection(TinySeedApi.Collection)]
public sealed class BadParameterTests(TinySeedApi api)
{
    [Theory]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=x&label=Planet", "label")]
    [InlineData("/api/search?q=x&limit=0", "limit")]
    [InlineData("/api/search?q=x&limit=201", "limit")]
    [InlineData("/api/search?q=x&skip=-1", "skip")]
    [InlineData("/api/entities/ent-smic?limit=1000", "limit")]
    [InlineData("/api/chains?skip=-5", "skip")]
    [InlineData("/api/chains/chain-integrated-circuit?status=finished", "status")]
    [InlineData("/api/chains/chain-integrated-circuit?period=2030", "period")]
    [InlineData("/api/chains/chain-integrated-circuit?town=ent-smic", "town")]
    [InlineData("/api/chains/chain-integrated-circuit/towns?status=nope", "status")]
    [InlineData("/api/places/place-yangliuqing-town?label=Town", "label")]
    [InlineData("/api/enterprises/ent-smic/related?limit=-1", "limit")]
    [InlineData("/api/paths?from=ent-smic&to=ent-smic", "to")]
    [InlineData("/api/paths?from=ent-smic&to=proj-chip-test-center&maxHops=0", "maxHops")]
    [InlineData("/api/paths?from=ent-smic&to=proj-chip-test-center&maxHops=7", "maxHops")]
    [InlineData("/api/paths?from=ent-smic&to=proj-chip-test-center&limit=51", "limit")]
    [InlineData("/api/graph/neighborhood/ent-smic?depth=4", "depth")]
    [InlineData("/api/graph/neighborhood/ent-smic?limit=501", "limit")]
    public async Task An_out_of_range_or_unknown_value_is_400_naming_the_parameter(string url, string parameter)
    {
        using var client = api.CreateClient();

        var problem = await HttpAssert.ProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest, Codes.RequestInvalid, parameter);

        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=x&limit=ten", "limit")]
    [InlineData("/api/paths?to=ent-smic", "from")]
    [InlineData("/api/paths?from=ent-smic&to=proj-chip-test-center&maxHops=many", "maxHops")]
    [InlineData("/api/graph/neighborhood/ent-smic?depth=1.5", "depth")]
    public async Task A_missing_or_malformed_parameter_is_400_naming_it(string url, string parameter)
    {
        using var client = api.CreateClient();

        var problem = await HttpAssert.ProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest, Codes.RequestInvalid);

        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/entities/nobody-here")]
    [InlineData("/api/entities/x")]
    [InlineData("/api/graph/neighborhood/unknown")]
    [InlineData("/api/paths?from=zzz-1&to=ent-smic")]
    public async Task An_id_with_no_known_prefix_is_404_without_a_query(string url)
    {
        using var client = api.CreateClient();

        var problem = await HttpAssert.ProblemAsync(await client.GetAsync(url), HttpStatusCode.NotFound, Codes.EntityNotFound);

        Assert.True(problem.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var client = api.CreateClient();

        await HttpAssert.ProblemAsync(await client.GetAsync("/api/nothing/here"), HttpStatusCode.NotFound, Codes.RequestInvalid);
    }
}
