using Graph.Api.Contracts;

namespace Graph.Api.Features.Entities;

/// <summary>An entity: its id, label and every property, and a page of its relationships.</summary>
public sealed record EntityDetails(string Id, string Label, IReadOnlyDictionary<string, object?> Properties, Page<Link> Links);
