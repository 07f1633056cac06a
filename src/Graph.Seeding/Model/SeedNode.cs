namespace Graph.Seeding.Model;

/// <summary>
/// A node of the seed. <see cref="Label"/> is the <c>:LABEL</c> field as written. <see cref="Properties"/> holds
/// every property column of its file's header except the id: null for an empty field; a field that failed to
/// parse is left out (its problem is already reported).
/// </summary>
public sealed record SeedNode(string Id, string Label, IReadOnlyDictionary<string, object?> Properties, SeedSource Source);
