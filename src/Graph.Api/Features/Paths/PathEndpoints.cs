using System.Globalization;
using Graph.Api.Contracts;
using Graph.Api.Problems;
using Graph.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Api.Features.Paths;

/// <summary><c>GET /api/paths?from=&amp;to=&amp;maxHops=</c>: the shortest connections between two entities, with the evidence of every hop.</summary>
public static class PathEndpoints
{
    public const int MaxHops = 6;
    public const int DefaultHops = 4;
    public const int MaxPaths = 50;

    public static RouteGroupBuilder MapPathEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/paths", GetPaths)
            .WithName("GetPaths")
            .WithSummary("The shortest connections between two entities, with the evidence of every hop.")
            .WithTags("Paths");
        return api;
    }

    public static async Task<Results<Ok<PathsResult>, ProblemHttpResult>> GetPaths(
        string from, string to, int? maxHops, int? limit, GraphQueries queries, CancellationToken cancellationToken)
    {
        var hops = maxHops ?? DefaultHops;
        if (hops is < 1 or > MaxHops)
        {
            throw new RequestParameterException("maxHops", $"must be between 1 and {MaxHops}.");
        }

        var count = limit ?? 10;
        if (count is < 1 or > MaxPaths)
        {
            throw new RequestParameterException("limit", $"must be between 1 and {MaxPaths}.");
        }

        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            throw new RequestParameterException("to", "must differ from 'from': a path joins two entities.");
        }

        if (EntityLabels.OfId(from) is not { } fromLabel)
        {
            return ApiProblems.NotFound("entity", from);
        }

        if (EntityLabels.OfId(to) is not { } toLabel)
        {
            return ApiProblems.NotFound("entity", to);
        }

        var statement = EntityLabels.Render(PathQueries.Shortest.Replace("{hops}", hops.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), fromLabel, toLabel);
        var result = await queries.ReadAsync(statement, GraphQueries.Parameters(("from", from), ("to", to), ("limit", (long)count)), cancellationToken);
        var row = result.Rows.Count > 0 ? result.Rows[0] : null;
        if (row?[0] is null)
        {
            return ApiProblems.NotFound("entity", from);
        }

        if (row[1] is null)
        {
            return ApiProblems.NotFound("entity", to);
        }

        var paths = CypherValues.List(row[2]).Select(GraphPathView.Read).ToList();
        return TypedResults.Ok(new PathsResult(from, to, hops, paths.Count == 0 ? 0 : paths[0].Hops.Count, paths));
    }
}
