using Graph.Seeding.Csv;

namespace Graph.Seeding.Import;

/// <summary>
/// A parsed neo4j-admin import header: <c>id:ID,name,line:int,:LABEL</c> for nodes,
/// <c>:START_ID,:END_ID,:TYPE,…</c> for relationships. Id spaces (<c>:ID(group)</c>) are not used by the seed.
/// </summary>
public sealed class ImportHeader
{
    private static readonly (string Keyword, ImportColumnKind Kind)[] Keywords =
    [
        ("ID", ImportColumnKind.Id),
        ("LABEL", ImportColumnKind.Label),
        ("START_ID", ImportColumnKind.StartId),
        ("END_ID", ImportColumnKind.EndId),
        ("TYPE", ImportColumnKind.Type),
    ];

    private ImportHeader(ImportFileKind fileKind, IReadOnlyList<ImportColumn> columns)
    {
        FileKind = fileKind;
        Columns = columns;
    }

    public ImportFileKind FileKind { get; }

    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The header as written, cells joined by commas.</summary>
    public string Text => string.Join(',', Columns.Select(c => c.Text));

    /// <summary>The first column of <paramref name="kind"/>; every parsed header has the ones its file kind needs.</summary>
    public ImportColumn Column(ImportColumnKind kind) => Columns.First(c => c.Kind == kind);

    /// <summary>Parses the header record; null (and problems at its line) when it cannot be used to read rows.</summary>
    public static ImportHeader? Parse(CsvRecord header, ImportFileKind fileKind, string file, ICollection<SeedProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(problems);
        var columns = new List<ImportColumn>();
        var before = problems.Count;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var column = ParseColumn(i, header.Fields[i], out var error);
            if (column is null)
            {
                problems.Add(new SeedProblem(file, header.Line, $"header column {i + 1} '{header.Fields[i]}': {error}"));
                continue;
            }

            if (column.Name.Length > 0 && columns.Exists(c => string.Equals(c.Name, column.Name, StringComparison.Ordinal)))
            {
                problems.Add(new SeedProblem(file, header.Line, $"header column {i + 1} '{column.Text}': property '{column.Name}' appears twice"));
                continue;
            }

            columns.Add(column);
        }

        ImportColumnKind[] required = fileKind == ImportFileKind.Nodes
            ? [ImportColumnKind.Id, ImportColumnKind.Label]
            : [ImportColumnKind.StartId, ImportColumnKind.EndId, ImportColumnKind.Type];
        foreach (var kind in required)
        {
            var count = columns.Count(c => c.Kind == kind);
            if (count != 1)
            {
                var what = count == 0 ? "no" : "more than one";
                problems.Add(new SeedProblem(file, header.Line, $"header has {what} :{KeywordOf(kind)} column ({Describe(fileKind)} need exactly one)"));
            }
        }

        var misplaced = columns.FirstOrDefault(c => c.Kind != ImportColumnKind.Property && !required.Contains(c.Kind));
        if (misplaced is not null)
        {
            problems.Add(new SeedProblem(file, header.Line, $"header column '{misplaced.Text}' does not belong in a file of {Describe(fileKind)}"));
        }

        return problems.Count == before ? new ImportHeader(fileKind, columns) : null;
    }

    private static ImportColumn? ParseColumn(int index, string text, out string error)
    {
        error = string.Empty;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        var spec = colon < 0 ? string.Empty : text[(colon + 1)..];
        if (colon < 0 && name.Length == 0)
        {
            error = "empty column name";
            return null;
        }

        if (name.Length > 0 && (name.Any(char.IsWhiteSpace) || name.Contains('"', StringComparison.Ordinal)))
        {
            error = "a property name has no spaces or quotes";
            return null;
        }

        foreach (var (keyword, kind) in Keywords)
        {
            if (string.Equals(spec, keyword, StringComparison.Ordinal))
            {
                if (name.Length > 0 && kind != ImportColumnKind.Id)
                {
                    error = $"':{keyword}' takes no name";
                    return null;
                }

                return new ImportColumn(index, text, name, kind, ImportValueType.String, IsArray: false);
            }

            if (spec.StartsWith(keyword + "(", StringComparison.Ordinal))
            {
                error = "id spaces (':ID(group)') are not used in the seed";
                return null;
            }
        }

        if (name.Length == 0)
        {
            error = $"unknown keyword ':{spec}' (expected one of :ID, :LABEL, :START_ID, :END_ID, :TYPE)";
            return null;
        }

        var isArray = spec.EndsWith("[]", StringComparison.Ordinal);
        var typeName = isArray ? spec[..^2] : spec;
        if (colon < 0)
        {
            typeName = "string";
        }

        if (!ImportTypes.TryParse(typeName, out var type))
        {
            error = $"unknown type '{spec}' (expected string, int, long, float, double or boolean, or an array of one: int[])";
            return null;
        }

        return new ImportColumn(index, text, name, ImportColumnKind.Property, type, isArray);
    }

    private static string KeywordOf(ImportColumnKind kind) => Keywords.First(k => k.Kind == kind).Keyword;

    private static string Describe(ImportFileKind kind) => kind == ImportFileKind.Nodes ? "nodes" : "relationships";
}
