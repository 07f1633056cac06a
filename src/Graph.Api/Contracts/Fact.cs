using Graph.Api.Results;

namespace Graph.Api.Contracts;

/// <summary>A relationship's own facts, without its ends: type, status, period, evidence quote, report line, note.</summary>
public sealed record Fact(string Type, string? Status, string? Period, string? Evidence, long? Line, string? Note)
{
    /// <summary>The Cypher map this reads, for a relationship bound to <c>r</c>.</summary>
    public const string Cypher = "{type: type(r), status: r.status, period: r.period, evidence: r.evidence, line: r.line, note: r.note}";

    internal static Fact Read(object? value)
    {
        var map = CypherValues.Map(value);
        return new Fact(
            CypherValues.TextOrEmpty(map.GetValueOrDefault("type")),
            CypherValues.Text(map.GetValueOrDefault("status")),
            CypherValues.Text(map.GetValueOrDefault("period")),
            CypherValues.Text(map.GetValueOrDefault("evidence")),
            CypherValues.Integer(map.GetValueOrDefault("line")),
            CypherValues.Text(map.GetValueOrDefault("note")));
    }
}
