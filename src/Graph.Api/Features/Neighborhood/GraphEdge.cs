namespace Graph.Api.Features.Neighborhood;

/// <summary>An edge for drawing, with its facts (status, period, evidence, line).</summary>
public sealed record GraphEdge(string From, string To, string Type, string? Status, string? Period, string? Evidence, long? Line, string? Note);
