using System.Text.Json;

namespace Graph.Api.Features.Writes;

/// <summary>
/// Changes to an entity: each field given replaces the old value, an absent one stays. <c>evidence</c> and <c>line</c>
/// change together. In <see cref="Properties"/> a JSON null removes an optional property.
/// </summary>
public sealed record EntityPatch(
    string? Name,
    IReadOnlyList<string>? Aliases,
    string? Description,
    string? Evidence,
    long? Line,
    IReadOnlyDictionary<string, JsonElement>? Properties);
