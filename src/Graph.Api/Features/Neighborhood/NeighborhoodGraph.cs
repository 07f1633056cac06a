namespace Graph.Api.Features.Neighborhood;

/// <summary>
/// Nodes and edges around a centre, nearest first. <see cref="Truncated"/> is true when the node limit or the edge
/// cap cut something off; only edges whose both ends are shown are included.
/// </summary>
public sealed record NeighborhoodGraph(string Centre, int Depth, int Limit, bool Truncated, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
