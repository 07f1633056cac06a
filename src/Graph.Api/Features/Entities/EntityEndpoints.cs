using Graph.Api.Contracts;
using Graph.Api.Problems;
using Graph.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Api.Features.Entities;

/// <summary><c>GET /api/entities/{id}</c>: any entity with every relationship, paged.</summary>
public static class EntityEndpoints
{
    public static RouteGroupBuilder MapEntityEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/entities/{id}", GetEntity)
            .WithName("GetEntity")
            .WithSummary("An entity with its relationships: direction, type, the other end, status, period, evidence.")
            .WithTags("Entities");
        return api;
    }

    public static async Task<Results<Ok<EntityDetails>, ProblemHttpResult>> GetEntity(
        string id, int? skip, int? limit, GraphQueries queries, CancellationToken cancellationToken)
    {
        var paging = Paging.From(skip, limit);
        if (EntityLabels.OfId(id) is not { } label)
        {
            return ApiProblems.NotFound("entity", id);
        }

        var result = await queries.ReadAsync(
            EntityLabels.Render(EntityQueries.Details, label),
            GraphQueries.Parameters(("id", id), ("skip", (long)paging.Skip), ("end", (long)paging.Skip + paging.Limit)),
            cancellationToken);
        if (result.Rows.Count == 0)
        {
            return ApiProblems.NotFound("entity", id);
        }

        var row = result.Rows[0];
        var total = (int)(CypherValues.Integer(row[3]) ?? 0);
        var links = CypherValues.List(row[4]).Select(Link.Read).ToList();
        var page = new Page<Link>(links, paging.Skip, paging.Limit, total > paging.Skip + links.Count, total);
        return TypedResults.Ok(new EntityDetails(
            CypherValues.TextOrEmpty(row[0]),
            CypherValues.TextOrEmpty(row[1]),
            CypherValues.PlainMap(CypherValues.Map(row[2])),
            page));
    }
}
