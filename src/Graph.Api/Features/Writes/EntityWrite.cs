using System.Text.Json;

namespace Graph.Api.Features.Writes;

/// <summary>
/// A new entity: id (<c>&lt;prefix&gt;-&lt;slug&gt;</c> matching its label), label, name, aliases, description, the
/// evidence quote and its report line, and the label's own properties (e.g. <c>level</c> and <c>code</c> for a Place).
/// </summary>
public sealed record EntityWrite(
    string? Id,
    string? Label,
    string? Name,
    IReadOnlyList<string>? Aliases,
    string? Description,
    string? Evidence,
    long? Line,
    IReadOnlyDictionary<string, JsonElement>? Properties);
