using System.Collections.Concurrent;
using Graph.Api.Problems;
using Graph.Seeding.Schema;

namespace Graph.Api.Contracts;

/// <summary>
/// The closed set of labels, and the label an id names by its prefix (<c>ent-</c> → Enterprise, …, as the seed
/// schema fixes). Statements that must name a label, so that Neo4j and the embedded planner can seek by the
/// <c>:Label(id)</c> index, are templates whose <c>{label}</c> and <c>{label2}</c> placeholders are filled only
/// from this set: user input never reaches Cypher text.
/// </summary>
public static class EntityLabels
{
    private static readonly ConcurrentDictionary<(string Template, string A, string B), string> Rendered = new();

    public static IReadOnlyList<string> All { get; } = [.. SeedSchema.Labels.Select(l => l.Label)];

    /// <summary>The label an id's prefix names, or null when it names none.</summary>
    public static string? OfId(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0)
        {
            return null;
        }

        var prefix = id.AsSpan(0, dash);
        foreach (var label in SeedSchema.Labels)
        {
            if (prefix.Equals(label.Prefix, StringComparison.Ordinal))
            {
                return label.Label;
            }
        }

        return null;
    }

    /// <summary>A label named by the caller (e.g. <c>?label=</c>), checked against the set; null stays null.</summary>
    public static string? Parse(string parameter, string? label)
    {
        if (string.IsNullOrEmpty(label))
        {
            return null;
        }

        return All.FirstOrDefault(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestParameterException(parameter, $"'{label}' is not a label; use one of {string.Join(", ", All)}.");
    }

    /// <summary>The template with its label placeholders filled from the closed set (cached).</summary>
    public static string Render(string template, string label, string? second = null)
    {
        Require(label);
        if (second is not null)
        {
            Require(second);
        }

        return Rendered.GetOrAdd(
            (template, label, second ?? string.Empty),
            key => key.Template.Replace("{label2}", key.B, StringComparison.Ordinal).Replace("{label}", key.A, StringComparison.Ordinal));
    }

    private static void Require(string label)
    {
        if (!All.Contains(label, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"'{label}' is not a seed label; only labels from the schema may be rendered into Cypher.");
        }
    }
}
