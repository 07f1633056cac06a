namespace Graph.Seeding.Model;

/// <summary>
/// A relationship of the seed, between node ids. <see cref="Properties"/> follows the rules of <see cref="SeedNode.Properties"/>.
/// </summary>
public sealed record SeedRelationship(string StartId, string EndId, string Type, IReadOnlyDictionary<string, object?> Properties, SeedSource Source)
{
    /// <summary>The <c>period</c> property: with start, end and type, what makes a relationship unique.</summary>
    public string? Period => Properties.TryGetValue("period", out var value) ? value as string : null;
}
