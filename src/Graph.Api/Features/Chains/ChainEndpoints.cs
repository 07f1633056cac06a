using Graph.Api.Contracts;
using Graph.Api.Problems;
using Graph.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Api.Features.Chains;

/// <summary><c>GET /api/chains</c>, <c>/api/chains/{id}</c> (members by status and by town) and <c>/api/chains/{id}/towns</c> (chain × town).</summary>
public static class ChainEndpoints
{
    public static RouteGroupBuilder MapChainEndpoints(this RouteGroupBuilder api)
    {
        var chains = api.MapGroup("/chains").WithTags("Chains");
        chains.MapGet("/", ListChains).WithName("ListChains").WithSummary("Every industrial chain with its member counts.");
        chains.MapGet("/{id}", GetChain).WithName("GetChain")
            .WithSummary("A chain's members (enterprises, projects, parks, institutions) by status and by town; filters town, status, period.");
        chains.MapGet("/{id}/towns", GetChainTowns).WithName("GetChainTowns")
            .WithSummary("The chain × town matrix: per town, how many projects and firms of the chain, by status.");
        return api;
    }

    public static async Task<Page<ChainSummary>> ListChains(int? skip, int? limit, GraphQueries queries, CancellationToken cancellationToken)
    {
        var paging = Paging.From(skip, limit);
        var parameters = GraphQueries.Parameters();
        paging.AddProbeParameters(parameters);
        var result = await queries.ReadAsync(ChainQueries.List, parameters, cancellationToken);
        var chains = result.Rows.Select(row => new ChainSummary(
            CypherValues.TextOrEmpty(row[0]),
            CypherValues.TextOrEmpty(row[1]),
            CypherValues.Text(row[2]),
            CypherValues.Strings(row[3]),
            CypherValues.Text(row[4]),
            CypherValues.Integer(row[5]) ?? 0,
            CypherValues.Integer(row[6]) ?? 0,
            CypherValues.Integer(row[7]) ?? 0)).ToList();
        return paging.OfProbe(chains);
    }

    public static async Task<Results<Ok<ChainDetails>, ProblemHttpResult>> GetChain(
        string id, string? town, string? status, string? period, int? skip, int? limit, GraphQueries queries, CancellationToken cancellationToken)
    {
        var filters = ChainFilters.From(town, status, period);
        var paging = Paging.From(skip, limit);
        if (await ReadMembersAsync(id, filters, queries, cancellationToken) is not { } chain)
        {
            return ApiProblems.NotFound("chain", id);
        }

        var (properties, members) = chain;
        var byStatus = members.SelectMany(m => m.Facts.Select(f => f.Status ?? "unknown").Distinct(StringComparer.Ordinal))
            .GroupBy(s => s, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byLabel = members.GroupBy(m => m.Member.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byTown = TownsOf(members)
            .GroupBy(t => (t.Town?.Id, Name: t.Town?.Name ?? ChainDetails.NoTown))
            .Select(g => new TownCount(g.Key.Id, g.Key.Name, g.Count()))
            .OrderByDescending(t => t.Members).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new ChainDetails(id, properties, byStatus, byTown, byLabel, paging.Of(members)));
    }

    public static async Task<Results<Ok<ChainTownMatrix>, ProblemHttpResult>> GetChainTowns(
        string id, string? status, string? period, GraphQueries queries, CancellationToken cancellationToken)
    {
        var filters = ChainFilters.From(null, status, period);
        if (await ReadMembersAsync(id, filters, queries, cancellationToken) is not { } chain)
        {
            return ApiProblems.NotFound("chain", id);
        }

        var (properties, members) = chain;
        var statuses = members.SelectMany(m => m.Facts).Select(f => f.Status ?? "unknown").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rows = TownsOf(members)
            .GroupBy(t => (t.Town?.Id, Name: t.Town?.Name ?? ChainDetails.NoTown))
            .Select(g => new ChainTownRow(
                g.Key.Id,
                g.Key.Name,
                g.Count(),
                g.GroupBy(t => t.Member.Member.Label, StringComparer.Ordinal).OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary(
                    l => l.Key,
                    l => (IReadOnlyDictionary<string, int>)l.SelectMany(t => t.Member.Facts.Select(f => f.Status ?? "unknown").Distinct(StringComparer.Ordinal))
                        .GroupBy(s => s, StringComparer.Ordinal).OrderBy(s => s.Key, StringComparer.Ordinal)
                        .ToDictionary(s => s.Key, s => s.Count(), StringComparer.Ordinal),
                    StringComparer.Ordinal)))
            .OrderBy(r => r.Id is null).ThenByDescending(r => r.Members).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new ChainTownMatrix(id, CypherValues.TextOrEmpty(properties.GetValueOrDefault("name")), statuses, rows));
    }

    private static async Task<(Dictionary<string, object?> Properties, List<ChainMember> Members)?> ReadMembersAsync(
        string id, ChainFilters filters, GraphQueries queries, CancellationToken cancellationToken)
    {
        var result = await queries.ReadAsync(
            ChainQueries.Members,
            GraphQueries.Parameters(("id", id), ("town", filters.Town), ("status", filters.Status), ("period", filters.Period)),
            cancellationToken);
        if (result.Rows.Count == 0)
        {
            return null;
        }

        var row = result.Rows[0];
        return (CypherValues.PlainMap(CypherValues.Map(row[0])), [.. CypherValues.List(row[1]).Select(ChainMember.Read)]);
    }

    /// <summary>Each member once per town it lies in, or once with no town.</summary>
    private static IEnumerable<(ChainMember Member, EntityRef? Town)> TownsOf(IEnumerable<ChainMember> members) =>
        members.SelectMany(m => m.Towns.Count == 0
            ? [(m, (EntityRef?)null)]
            : m.Towns.Select(t => (m, (EntityRef?)t)));
}
