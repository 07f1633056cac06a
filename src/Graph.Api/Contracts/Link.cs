using Graph.Api.Results;

namespace Graph.Api.Contracts;

/// <summary>
/// A relationship seen from one of its ends: its type, which way it points (<c>out</c> from the entity, or <c>in</c>),
/// the other end, and the fact's status, period, evidence quote and report line.
/// </summary>
public sealed record Link(string Type, string Direction, EntityRef Other, string? Status, string? Period, string? Evidence, long? Line, string? Note)
{
    /// <summary>The Cypher map this reads, for <c>(n)-[r]-(m)</c>.</summary>
    public const string Cypher =
        "{type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END, other: " + EntityRef.Cypher
        + ", status: r.status, period: r.period, evidence: r.evidence, line: r.line, note: r.note}";

    internal static Link Read(object? value)
    {
        var map = CypherValues.Map(value);
        return new Link(
            CypherValues.TextOrEmpty(map.GetValueOrDefault("type")),
            CypherValues.TextOrEmpty(map.GetValueOrDefault("direction")),
            EntityRef.Read(map.GetValueOrDefault("other")),
            CypherValues.Text(map.GetValueOrDefault("status")),
            CypherValues.Text(map.GetValueOrDefault("period")),
            CypherValues.Text(map.GetValueOrDefault("evidence")),
            CypherValues.Integer(map.GetValueOrDefault("line")),
            CypherValues.Text(map.GetValueOrDefault("note")));
    }
}
