using System.Globalization;
using Graph.Api.Contracts;
using Graph.Api.Problems;
using Graph.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Api.Features.Neighborhood;

/// <summary><c>GET /api/graph/neighborhood/{id}?depth=&amp;limit=</c>: nodes and edges for drawing, capped, saying when the cap cut.</summary>
public static class NeighborhoodEndpoints
{
    public const int MaxDepth = 3;
    public const int MaxNodes = 500;
    public const int DefaultNodes = 100;

    /// <summary>Edges fetched per node allowed: enough for the dense middle of a drawing, bounded so a hub cannot flood it.</summary>
    private const int EdgesPerNode = 4;

    public static RouteGroupBuilder MapNeighborhoodEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/graph/neighborhood/{id}", GetNeighborhood)
            .WithName("GetNeighborhood")
            .WithSummary("Nodes and edges around an entity for drawing, nearest first, capped; says when the cap cut.")
            .WithTags("Graph");
        return api;
    }

    public static async Task<Results<Ok<NeighborhoodGraph>, ProblemHttpResult>> GetNeighborhood(
        string id, int? depth, int? limit, GraphQueries queries, CancellationToken cancellationToken)
    {
        var hops = depth ?? 1;
        if (hops is < 1 or > MaxDepth)
        {
            throw new RequestParameterException("depth", $"must be between 1 and {MaxDepth}.");
        }

        var maxNodes = limit ?? DefaultNodes;
        if (maxNodes is < 1 or > MaxNodes)
        {
            throw new RequestParameterException("limit", $"must be between 1 and {MaxNodes}.");
        }

        if (EntityLabels.OfId(id) is not { } label)
        {
            return ApiProblems.NotFound("entity", id);
        }

        var edgeCap = maxNodes * EdgesPerNode;
        var statement = EntityLabels.Render(NeighborhoodQueries.Edges.Replace("{depth}", hops.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), label);
        var result = await queries.ReadAsync(statement, GraphQueries.Parameters(("id", id), ("edges", (long)edgeCap + 1)), cancellationToken);
        if (result.Rows.Count == 0)
        {
            return ApiProblems.NotFound("entity", id);
        }

        return TypedResults.Ok(Build(id, hops, maxNodes, edgeCap, result.Rows));
    }

    private static NeighborhoodGraph Build(string id, int depth, int maxNodes, int edgeCap, IReadOnlyList<object?[]> rows)
    {
        var centre = EntityRef.Read(rows[0][0]);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal) { [centre.Id] = new GraphNode(centre.Id, centre.Label, centre.Name, 0) };
        var edges = new List<GraphEdge>();
        var truncated = rows.Count > edgeCap;
        foreach (var row in rows.Take(edgeCap))
        {
            if (row[2] is null)
            {
                continue;
            }

            var hop = (int)(CypherValues.Integer(row[1]) ?? 0);
            var edge = CypherValues.Map(row[2]);
            var from = EntityRef.Read(edge.GetValueOrDefault("from"));
            var to = EntityRef.Read(edge.GetValueOrDefault("to"));
            var newEnds = (nodes.ContainsKey(from.Id) ? 0 : 1) + (nodes.ContainsKey(to.Id) ? 0 : 1);
            if (nodes.Count + newEnds > maxNodes)
            {
                truncated = true;
                continue;
            }

            nodes.TryAdd(from.Id, new GraphNode(from.Id, from.Label, from.Name, hop));
            nodes.TryAdd(to.Id, new GraphNode(to.Id, to.Label, to.Name, hop));
            edges.Add(new GraphEdge(
                from.Id,
                to.Id,
                CypherValues.TextOrEmpty(edge.GetValueOrDefault("type")),
                CypherValues.Text(edge.GetValueOrDefault("status")),
                CypherValues.Text(edge.GetValueOrDefault("period")),
                CypherValues.Text(edge.GetValueOrDefault("evidence")),
                CypherValues.Integer(edge.GetValueOrDefault("line")),
                CypherValues.Text(edge.GetValueOrDefault("note"))));
        }

        return new NeighborhoodGraph(id, depth, maxNodes, truncated, [.. nodes.Values], edges);
    }
}
