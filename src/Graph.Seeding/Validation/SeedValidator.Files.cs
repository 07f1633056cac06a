using Graph.Seeding.Import;
using Graph.Seeding.Model;
using Graph.Seeding.Schema;

namespace Graph.Seeding.Validation;

public static partial class SeedValidator
{
    /// <summary>Every label and type has its file, every file belongs to a label or type, and headers are the schema's.</summary>
    private static void CheckFiles(SeedGraph graph, List<SeedProblem> problems)
    {
        foreach (var file in graph.Files)
        {
            var expected = file.Kind == ImportFileKind.Nodes
                ? SeedSchema.LabelOfFile(file.Name)?.Header
                : SeedSchema.TypeOfFile(file.Name) is null ? null : SeedSchema.RelationshipHeader;
            if (expected is null)
            {
                var what = file.Kind == ImportFileKind.Nodes ? "label" : "relationship type";
                problems.Add(new SeedProblem(file.Path, 1, $"unknown file: no {what} of the schema is stored in {file.Name}"));
                continue;
            }

            if (file.Header is not null && !string.Equals(file.Header.Text, expected, StringComparison.Ordinal))
            {
                problems.Add(new SeedProblem(file.Path, 1, $"header must be '{expected}', found '{file.Header.Text}'"));
            }
        }

        var present = graph.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var label in SeedSchema.Labels)
        {
            var path = $"{SeedSchema.NodesFolder}/{label.FileName}";
            if (!present.Contains(path))
            {
                problems.Add(new SeedProblem(path, 1, $"missing file: every label has one, and this is {label.Label}'s"));
            }
        }

        foreach (var type in SeedSchema.RelationshipTypes)
        {
            var path = $"{SeedSchema.RelationshipsFolder}/{type.FileName}";
            if (!present.Contains(path))
            {
                problems.Add(new SeedProblem(path, 1, $"missing file: every relationship type has one, and this is {type.Type}'s"));
            }
        }
    }

    /// <summary>Required columns are filled and enumerated columns hold one of their values.</summary>
    private static void CheckColumns(IEnumerable<ColumnSchema> columns, IReadOnlyDictionary<string, object?> properties, SeedSource source, List<SeedProblem> problems)
    {
        foreach (var column in columns)
        {
            // A key that is absent was either not in the header (a header problem) or failed to parse (a read problem).
            if (!properties.TryGetValue(column.Name, out var value))
            {
                continue;
            }

            if (value is null)
            {
                if (column.Required)
                {
                    Add(problems, source, $"{column.Name} is required");
                }

                continue;
            }

            if (column.Allowed is not null && value is string text && !column.Allowed.Contains(text, StringComparer.Ordinal))
            {
                Add(problems, source, $"{column.Name} '{text}' is not one of {string.Join(", ", column.Allowed)}");
            }
        }
    }
}
