using Graph.Api.Contracts;
using Graph.Api.Problems;
using Graph.Api.Results;

namespace Graph.Api.Features.Search;

/// <summary><c>GET /api/search?q=&amp;label=</c>: full-text over names and aliases (Chinese, partial names, English aliases), ranked.</summary>
public static class SearchEndpoints
{
    private const int MaxQueryLength = 200;

    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Full-text search over names and aliases, ranked; optionally one label.")
            .WithTags("Search");
        return api;
    }

    public static async Task<Page<SearchHit>> Search(string q, string? label, int? skip, int? limit, GraphQueries queries, CancellationToken cancellationToken)
    {
        var text = q.Trim();
        if (text.Length == 0 || text.Length > MaxQueryLength)
        {
            throw new RequestParameterException("q", $"must hold 1 to {MaxQueryLength} characters besides spaces.");
        }

        var labelFilter = EntityLabels.Parse("label", label);
        var paging = Paging.From(skip, limit);
        var parameters = GraphQueries.Parameters(("query", LuceneText.Escape(text)), ("text", text), ("label", labelFilter));
        paging.AddProbeParameters(parameters);
        var result = await queries.ReadAsync(SearchQueries.Search, parameters, cancellationToken);
        var hits = result.Rows.Select(row => new SearchHit(
            CypherValues.TextOrEmpty(row[0]),
            CypherValues.TextOrEmpty(row[1]),
            CypherValues.TextOrEmpty(row[2]),
            CypherValues.Strings(row[3]),
            CypherValues.Text(row[4]),
            CypherValues.Number(row[5]) ?? 0)).ToList();
        return paging.OfProbe(hits);
    }
}
