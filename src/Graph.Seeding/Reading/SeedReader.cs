using System.Text;
using Graph.Seeding.Csv;
using Graph.Seeding.Evidence;
using Graph.Seeding.Import;
using Graph.Seeding.Model;
using Graph.Seeding.Schema;

namespace Graph.Seeding.Reading;

/// <summary>
/// Reads a seed folder: every <c>nodes/*.csv</c> and <c>rels/*.csv</c> (in ordinal name order) by its own
/// neo4j-admin header, and the source report. Reading is generic; whether the files, headers and values are
/// the schema's is the validator's business.
/// </summary>
public static class SeedReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the seed in <paramref name="folder"/>. The report is <paramref name="reportPath"/> when given, else
    /// <c>source/xiqing-2021-report.txt</c> in the folder, else in its parent, so a nested seed such as
    /// <c>graph-seed/tiny</c> shares the parent's copy instead of carrying its own.
    /// </summary>
    public static SeedGraph Read(string folder, string? reportPath = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<SeedProblem>();
        var files = new List<SeedFile>();
        var nodes = new List<SeedNode>();
        var relationships = new List<SeedRelationship>();
        if (!Directory.Exists(folder))
        {
            problems.Add(new SeedProblem(".", 1, $"seed folder '{folder}' does not exist"));
            return new SeedGraph(folder, files, nodes, relationships, null, problems);
        }

        foreach (var (path, kind) in CsvFiles(folder))
        {
            var file = ReadFile(folder, path, kind, problems, nodes, relationships);
            files.Add(file);
        }

        var report = ReadReport(folder, reportPath, problems);
        return new SeedGraph(folder, files, nodes, relationships, report, problems);
    }

    /// <summary>Where the report is looked for, in order.</summary>
    public static IReadOnlyList<string> ReportCandidates(string folder) =>
    [
        Path.Join(folder, SeedSchema.SourceFolder, SeedSchema.ReportFileName),
        Path.Join(folder, "..", SeedSchema.SourceFolder, SeedSchema.ReportFileName),
    ];

    private static IEnumerable<(string Path, ImportFileKind Kind)> CsvFiles(string folder)
    {
        foreach (var (sub, kind) in new[] { (SeedSchema.NodesFolder, ImportFileKind.Nodes), (SeedSchema.RelationshipsFolder, ImportFileKind.Relationships) })
        {
            var directory = Path.Join(folder, sub);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var names = Directory.EnumerateFiles(directory, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
            foreach (var name in names)
            {
                yield return ($"{sub}/{name}", kind);
            }
        }
    }

    private static SeedFile ReadFile(string folder, string path, ImportFileKind kind, List<SeedProblem> problems, List<SeedNode> nodes, List<SeedRelationship> relationships)
    {
        string text;
        try
        {
            // GetString, not ReadAllText: ReadAllText drops a byte order mark unseen, and the seed forbids one.
            text = StrictUtf8.GetString(File.ReadAllBytes(Path.Join(folder, path)));
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new SeedProblem(path, 1, "not valid UTF-8"));
            return new SeedFile(path, kind, null);
        }

        var records = CsvReader.Read(text, path, problems);
        if (records.Count == 0)
        {
            problems.Add(new SeedProblem(path, 1, "empty file (a seed file starts with its header)"));
            return new SeedFile(path, kind, null);
        }

        var header = ImportHeader.Parse(records[0], kind, path, problems);
        if (header is null)
        {
            return new SeedFile(path, kind, null);
        }

        foreach (var record in records.Skip(1))
        {
            var source = new SeedSource(path, record.Line);
            var properties = ReadProperties(header, record, source, problems);
            string Field(ImportColumnKind k) => record.Fields[header.Column(k).Index];
            if (kind == ImportFileKind.Nodes)
            {
                nodes.Add(new SeedNode(Field(ImportColumnKind.Id), Field(ImportColumnKind.Label), properties, source));
            }
            else
            {
                relationships.Add(new SeedRelationship(Field(ImportColumnKind.StartId), Field(ImportColumnKind.EndId), Field(ImportColumnKind.Type), properties, source));
            }
        }

        return new SeedFile(path, kind, header);
    }

    private static Dictionary<string, object?> ReadProperties(ImportHeader header, CsvRecord record, SeedSource source, List<SeedProblem> problems)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in header.Columns.Where(c => c.Kind == ImportColumnKind.Property))
        {
            if (ImportValueParser.TryParse(record.Fields[column.Index], column, out var value, out var error))
            {
                properties[column.Name] = value;
            }
            else
            {
                problems.Add(new SeedProblem(source.File, source.Line, $"column {column.Name}: {error}"));
            }
        }

        return properties;
    }

    private static SourceReport? ReadReport(string folder, string? reportPath, List<SeedProblem> problems)
    {
        var candidates = reportPath is null ? ReportCandidates(folder) : [reportPath];
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            var where = string.Join(", ", candidates);
            problems.Add(new SeedProblem($"{SeedSchema.SourceFolder}/{SeedSchema.ReportFileName}", 1, $"source report not found (looked for {where}); evidence not checked"));
            return null;
        }

        try
        {
            return SourceReport.Load(found);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new SeedProblem(found, 1, "source report is not valid UTF-8; evidence not checked"));
            return null;
        }
    }
}
