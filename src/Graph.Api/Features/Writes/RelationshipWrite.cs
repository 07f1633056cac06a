namespace Graph.Api.Features.Writes;

/// <summary>A new relationship: its ends, type and period (together its key), status, evidence quote, report line and note.</summary>
public sealed record RelationshipWrite(string? From, string? Type, string? To, string? Period, string? Status, string? Evidence, long? Line, string? Note);
