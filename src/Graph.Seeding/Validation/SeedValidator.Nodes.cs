using System.Text.RegularExpressions;
using Graph.Seeding.Model;
using Graph.Seeding.Schema;

namespace Graph.Seeding.Validation;

public static partial class SeedValidator
{
    /// <summary>Labels, ids and node columns; returns the nodes by id (the first of each id).</summary>
    private static Dictionary<string, SeedNode> CheckNodes(SeedGraph graph, List<SeedProblem> problems)
    {
        var byId = new Dictionary<string, SeedNode>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            var schema = SeedSchema.FindLabel(node.Label);
            var fileLabel = SeedSchema.LabelOfFile(Path.GetFileName(node.Source.File));
            if (schema is null)
            {
                Add(problems, node.Source, $"unknown label '{node.Label}'");
            }
            else if (fileLabel is not null && fileLabel != schema)
            {
                Add(problems, node.Source, $"label {node.Label} does not belong in {fileLabel.FileName} (the file of {fileLabel.Label})");
                schema = null; // its columns are the file's, not the label's: checking them against the label would only add noise
            }

            CheckId(node, schema, byId, problems);
            if (schema is not null)
            {
                CheckColumns(schema.Columns, node.Properties, node.Source, problems);
            }
        }

        foreach (var node in graph.Nodes)
        {
            CheckNodeRules(node, byId, problems);
        }

        return byId;
    }

    private static void CheckId(SeedNode node, LabelSchema? schema, Dictionary<string, SeedNode> byId, List<SeedProblem> problems)
    {
        if (node.Id.Length == 0)
        {
            Add(problems, node.Source, "id is required");
            return;
        }

        if (!byId.TryAdd(node.Id, node))
        {
            Add(problems, node.Source, $"duplicate id '{node.Id}' (first at {byId[node.Id].Source})");
            return;
        }

        if (schema is not null && !IsIdOf(node.Id, schema))
        {
            Add(problems, node.Source, $"id '{node.Id}' does not follow {schema.Prefix}-<slug> (slug: lower-case ASCII letters and digits, words joined by single hyphens)");
        }
    }

    private static bool IsIdOf(string id, LabelSchema schema) =>
        id.StartsWith(schema.Prefix + "-", StringComparison.Ordinal) && Slug().IsMatch(id[(schema.Prefix.Length + 1)..]);

    /// <summary>The rules between columns of one label: codes, investments, indicator subjects.</summary>
    private static void CheckNodeRules(SeedNode node, Dictionary<string, SeedNode> byId, List<SeedProblem> problems)
    {
        var properties = node.Properties;
        switch (node.Label)
        {
            case "Place" when Text(properties, "code") is { } code:
                if (!code.All(char.IsAsciiDigit))
                {
                    Add(problems, node.Source, $"code '{code}' is not all digits");
                }
                else if (Text(properties, "level") is { } level && !SeedSchema.CodedPlaceLevels.Contains(level, StringComparer.Ordinal))
                {
                    Add(problems, node.Source, $"code is only for places of level {string.Join(", ", SeedSchema.CodedPlaceLevels)}; this one is a {level}");
                }

                break;
            case "Project":
                var hasInvestment = properties.TryGetValue("investment", out var investment) && investment is not null;
                var hasUnit = Text(properties, "investment_unit") is not null;
                if (hasInvestment != hasUnit && properties.ContainsKey("investment"))
                {
                    Add(problems, node.Source, hasInvestment ? "investment without investment_unit" : "investment_unit without investment");
                }

                break;
            case "Indicator" when Text(properties, "subject") is { } subject && !byId.ContainsKey(subject):
                Add(problems, node.Source, $"subject '{subject}' is not the id of a node");
                break;
        }
    }

    [GeneratedRegex(SeedSchema.SlugPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
