namespace Graph.Api.Features.Neighborhood;

/// <summary>A node for drawing: id, label, name, and how many hops from the centre.</summary>
public sealed record GraphNode(string Id, string Label, string Name, int Hop);
