using Graph.Api.Contracts;
using Graph.Api.Problems;
using Graph.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Api.Features.Enterprises;

/// <summary><c>GET /api/enterprises/{id}/related</c>: firms related to this one, ranked, each with its reasons and evidence.</summary>
public static class EnterpriseEndpoints
{
    public static RouteGroupBuilder MapEnterpriseEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/enterprises/{id}/related", GetRelated)
            .WithName("GetRelatedEnterprises")
            .WithSummary("Firms related to an enterprise, ranked, with reasons (same chain, town or park, shared project or programme) and evidence.")
            .WithTags("Enterprises");
        return api;
    }

    public static async Task<Results<Ok<RelatedEnterprises>, ProblemHttpResult>> GetRelated(
        string id, int? skip, int? limit, GraphQueries queries, CancellationToken cancellationToken)
    {
        var paging = Paging.From(skip, limit);
        var result = await queries.ReadAsync(
            RelatedQueries.Related,
            GraphQueries.Parameters(("id", id), ("skip", (long)paging.Skip), ("end", (long)paging.Skip + paging.Limit)),
            cancellationToken);
        if (result.Rows.Count == 0)
        {
            return ApiProblems.NotFound("enterprise", id);
        }

        var row = result.Rows[0];
        var total = (int)(CypherValues.Integer(row[2]) ?? 0);
        var related = CypherValues.List(row[3]).Select(RelatedEnterprise.Read).ToList();
        var enterprise = new EntityRef(CypherValues.TextOrEmpty(row[0]), "Enterprise", CypherValues.TextOrEmpty(row[1]));
        return TypedResults.Ok(new RelatedEnterprises(enterprise, new Page<RelatedEnterprise>(related, paging.Skip, paging.Limit, total > paging.Skip + related.Count, total)));
    }
}
