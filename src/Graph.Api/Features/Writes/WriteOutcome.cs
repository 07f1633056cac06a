namespace Graph.Api.Features.Writes;

/// <summary>What a write did, and to what.</summary>
public sealed record WriteOutcome(string Action, string Key);
