namespace Graph.Api.Features.Writes;

/// <summary>Changes to a relationship's facts; absent fields stay; <c>evidence</c> and <c>line</c> change together.</summary>
public sealed record RelationshipPatch(string? Status, string? Evidence, long? Line, string? Note);
