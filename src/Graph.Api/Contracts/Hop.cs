using Graph.Api.Results;

namespace Graph.Api.Contracts;

/// <summary>One relationship on a path, with its direction as stored (<see cref="From"/> → <see cref="To"/>) and its facts.</summary>
public sealed record Hop(string Type, string From, string To, string? Status, string? Period, string? Evidence, long? Line, string? Note)
{
    /// <summary>The Cypher map this reads, for a relationship bound to <c>r</c>.</summary>
    public const string Cypher =
        "{type: type(r), from: startNode(r).id, to: endNode(r).id, status: r.status, period: r.period, evidence: r.evidence, line: r.line, note: r.note}";

    internal static Hop Read(object? value)
    {
        var map = CypherValues.Map(value);
        return new Hop(
            CypherValues.TextOrEmpty(map.GetValueOrDefault("type")),
            CypherValues.TextOrEmpty(map.GetValueOrDefault("from")),
            CypherValues.TextOrEmpty(map.GetValueOrDefault("to")),
            CypherValues.Text(map.GetValueOrDefault("status")),
            CypherValues.Text(map.GetValueOrDefault("period")),
            CypherValues.Text(map.GetValueOrDefault("evidence")),
            CypherValues.Integer(map.GetValueOrDefault("line")),
            CypherValues.Text(map.GetValueOrDefault("note")));
    }
}
