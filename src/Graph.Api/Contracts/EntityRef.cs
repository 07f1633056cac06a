using Graph.Api.Results;

namespace Graph.Api.Contracts;

/// <summary>A node named briefly: its id, its label and its name.</summary>
public sealed record EntityRef(string Id, string Label, string Name)
{
    /// <summary>The Cypher map this reads, for a node bound to <c>m</c>.</summary>
    public const string Cypher = "{id: m.id, label: labels(m)[0], name: m.name}";

    internal static EntityRef Read(object? value)
    {
        var map = CypherValues.Map(value);
        return new EntityRef(CypherValues.TextOrEmpty(map.GetValueOrDefault("id")), CypherValues.TextOrEmpty(map.GetValueOrDefault("label")), CypherValues.TextOrEmpty(map.GetValueOrDefault("name")));
    }
}
