using Graph.Api.Contracts;
using Graph.Api.Problems;
using Graph.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Api.Features.Places;

/// <summary><c>GET /api/places/{id}</c>: what lies in a place and its sub-places, what it is part of, its lines, what runs along it.</summary>
public static class PlaceEndpoints
{
    public static RouteGroupBuilder MapPlaceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/places/{id}", GetPlace)
            .WithName("GetPlace")
            .WithSummary("What lies in a place and its sub-places (projects, enterprises, parks), what it is part of, the lines that serve it, what runs along it.")
            .WithTags("Places");
        return api;
    }

    public static async Task<Results<Ok<PlaceDetails>, ProblemHttpResult>> GetPlace(
        string id, string? label, int? skip, int? limit, GraphQueries queries, CancellationToken cancellationToken)
    {
        var paging = Paging.From(skip, limit);
        var only = EntityLabels.Parse("label", label);
        var result = await queries.ReadAsync(PlaceQueries.Details, GraphQueries.Parameters(("id", id)), cancellationToken);
        if (result.Rows.Count == 0)
        {
            return ApiProblems.NotFound("place", id);
        }

        var row = result.Rows[0];
        var contents = CypherValues.List(row[3]).Select(PlacedEntity.Read).ToList();
        var byLabel = contents.DistinctBy(c => c.Entity.Id, StringComparer.Ordinal)
            .GroupBy(c => c.Entity.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shown = only is null ? contents : [.. contents.Where(c => string.Equals(c.Entity.Label, only, StringComparison.Ordinal))];
        return TypedResults.Ok(new PlaceDetails(
            id,
            CypherValues.PlainMap(CypherValues.Map(row[0])),
            [.. CypherValues.List(row[1]).Select(PlaceRef.Read)],
            [.. CypherValues.List(row[2]).Select(PlaceRef.Read)],
            byLabel,
            paging.Of(shown),
            [.. CypherValues.List(row[4]).Select(PlacedEntity.Read)],
            [.. CypherValues.List(row[5]).Select(PlacedEntity.Read)]));
    }
}
