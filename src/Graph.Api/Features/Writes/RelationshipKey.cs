using Graph.Api.Contracts;
using Graph.Api.Problems;
using Graph.Seeding.Schema;

namespace Graph.Api.Features.Writes;

/// <summary>A relationship's key — (from, type, to, period) — checked against the schema, with its ends' labels.</summary>
internal sealed record RelationshipKey(string From, string FromLabel, string Type, string To, string ToLabel, string Period)
{
    public override string ToString() => $"({From})-[:{Type} {{period: {Period}}}]->({To})";

    public static RelationshipKey Parse(string? from, string? type, string? to, string? period)
    {
        var fromLabel = LabelOf("from", from);
        var toLabel = LabelOf("to", to);
        var schema = SeedSchema.RelationshipTypes.FirstOrDefault(t => string.Equals(t.Type, type, StringComparison.Ordinal))
            ?? throw new RequestParameterException("type", $"'{type}' is not a relationship type; use one of {string.Join(", ", SeedSchema.RelationshipTypes.Select(t => t.Type))}.");
        if (!schema.Allows(fromLabel, toLabel))
        {
            throw new RequestParameterException("type", $"{schema.Type} does not join {fromLabel} to {toLabel}; it joins {schema.DescribeEndpoints()}.");
        }

        if (period is null || !SeedSchema.Periods.Contains(period, StringComparer.Ordinal))
        {
            throw new RequestParameterException("period", $"must be one of {string.Join(", ", SeedSchema.Periods)}.");
        }

        return new RelationshipKey(from!, fromLabel, schema.Type, to!, toLabel, period);
    }

    /// <summary>The statement with labels and type filled from the schema.</summary>
    public string Render(string template) => EntityLabels.Render(template.Replace("{type}", Type, StringComparison.Ordinal), FromLabel, ToLabel);

    public Dictionary<string, object?> Parameters() => new(StringComparer.Ordinal) { ["from"] = From, ["to"] = To, ["period"] = Period };

    public static string CheckStatus(string? status) =>
        status is not null && SeedSchema.Statuses.Contains(status, StringComparer.Ordinal)
            ? status
            : throw new RequestParameterException("status", $"must be one of {string.Join(", ", SeedSchema.Statuses)}.");

    private static string LabelOf(string parameter, string? id) =>
        (id is null ? null : EntityLabels.OfId(id))
            ?? throw new RequestParameterException(parameter, $"'{id}' is not an entity id (<prefix>-<slug>, prefixes {string.Join(", ", SeedSchema.Labels.Select(l => l.Prefix))}).");
}
