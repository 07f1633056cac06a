using Graph.Engine.Storage;
using Graph.Seeding;
using Graph.Seeding.Csv;
using Graph.Seeding.Import;

namespace Graph.Engine.Sqlite.Import;

/// <summary>
/// The read phase of an import: every file is read, parsed and checked in full, and what it holds is staged in
/// the shapes the store keeps (token ids, property maps), before anything touches the store. Problems carry
/// <c>file:line</c>. Ids are resolved within the import, as neo4j-admin does.
/// </summary>
internal sealed partial class ImportStaging(GraphStore store, ImportOptions options, IProgress<ImportProgress>? progress)
{
    private const int ProgressEvery = 1 << 16;

    private readonly Dictionary<string, int> _stringIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _longIds = [];

    // Integer ids resolved by array (id - _denseFirst) when the node ids are dense, as generated ids are: at
    // benchmark scale L looking 18.7 M relationship ends up in the 2 M-entry dictionary took 14% of the load.
    private int[]? _denseIds;
    private long _denseFirst;
    private readonly Dictionary<string, int[]> _labelSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _labelCounts = [];
    private readonly Dictionary<int, long> _typeCounts = [];
    private long _bytesDone;
    private int _releasedNodes = -1;

    public List<SeedProblem> Problems { get; } = [];

    public List<int[]> NodeLabels { get; } = [];

    public List<PropertyMap> NodeProperties { get; } = [];

    /// <summary>Where each staged node was read (file, line), for constraint problems found after reading.</summary>
    public List<(string File, int Line)> NodeSources { get; } = [];

    public StagedRelationships Relationships { get; } = new();

    public long TotalBytes { get; set; }

    /// <summary>How many nodes were staged (stays when the staged nodes are released).</summary>
    public int NodeCount => _releasedNodes >= 0 ? _releasedNodes : NodeLabels.Count;

    public bool Full => Problems.Count >= options.MaxProblems;

    public IReadOnlyList<KeyValuePair<string, long>> NodesByLabel() =>
        [.. _labelCounts.Select(e => KeyValuePair.Create(store.Labels.Name(e.Key), e.Value)).OrderBy(e => e.Key, StringComparer.Ordinal)];

    public IReadOnlyList<KeyValuePair<string, long>> RelationshipsByType() =>
        [.. _typeCounts.Select(e => KeyValuePair.Create(store.Types.Name(e.Key), e.Value)).OrderBy(e => e.Key, StringComparer.Ordinal)];

    public void Read(string folder, string file, ImportFileKind kind)
    {
        using var csv = new CsvRecordStream(Path.Join(folder, file));
        try
        {
            var header = ReadHeader(csv, file, kind);
            if (header is not null)
            {
                if (kind == ImportFileKind.Nodes)
                {
                    _denseIds = null;
                    ReadNodes(csv, file, header);
                }
                else
                {
                    _denseIds ??= DenseIds();
                    ReadRelationships(csv, file, header);
                }
            }
        }
        catch (System.Text.DecoderFallbackException)
        {
            Problem(file, csv.Line, "not valid UTF-8");
        }

        _bytesDone += csv.Length;
        progress?.Report(new ImportProgress("read", file, _bytesDone, TotalBytes));
    }

    /// <summary>
    /// The staged index of every integer id from the smallest on (-1 for gaps), or null when the ids are strings or
    /// too sparse for the array to stay within 8 bytes a node (the dictionary's entries take 24).
    /// </summary>
    private int[]? DenseIds()
    {
        if (options.IdType != ImportIdType.Integer || _longIds.Count == 0)
        {
            return null;
        }

        long first = long.MaxValue, last = long.MinValue;
        foreach (var id in _longIds.Keys)
        {
            first = Math.Min(first, id);
            last = Math.Max(last, id);
        }

        var span = (double)last - first + 1;
        if (span > 2.0 * _longIds.Count || span > Array.MaxLength)
        {
            return null;
        }

        var dense = new int[(int)span];
        Array.Fill(dense, -1);
        foreach (var (id, index) in _longIds)
        {
            dense[id - first] = index;
        }

        _denseFirst = first;
        return dense;
    }

    /// <summary>Lets the id maps go: they resolve ids while reading, and the apply phase needs the memory.</summary>
    public void ReleaseIds()
    {
        _denseIds = null;
        _longIds.Clear();
        _longIds.TrimExcess();
        _stringIds.Clear();
        _stringIds.TrimExcess();
        _strings.Clear();
        _strings.TrimExcess();
    }

    /// <summary>Lets the staged nodes go once they are in the store (their label arrays and maps now belong to it).</summary>
    public void ReleaseNodes()
    {
        _releasedNodes = NodeLabels.Count;
        NodeLabels.Clear();
        NodeLabels.TrimExcess();
        NodeProperties.Clear();
        NodeProperties.TrimExcess();
        NodeSources.Clear();
        NodeSources.TrimExcess();
    }

    private ImportHeader? ReadHeader(CsvRecordStream csv, string file, ImportFileKind kind)
    {
        if (!csv.Read(out var error))
        {
            Problem(file, 1, "empty file (an import file starts with its header)");
            return null;
        }

        if (error is not null)
        {
            Problem(file, csv.Line, error);
            return null;
        }

        var fields = new string[csv.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = csv.Text(i);
        }

        if (fields.Length > 0 && fields[0].StartsWith('\uFEFF'))
        {
            fields[0] = fields[0][1..];
        }

        var problems = new List<SeedProblem>();
        var header = ImportHeader.Parse(new CsvRecord(csv.Line, fields), kind, file, problems);
        foreach (var problem in problems)
        {
            Problem(problem.File, problem.Line, problem.Message);
        }

        return header;
    }

    /// <summary>Checks the field count; false (and a problem) for a malformed record.</summary>
    private bool Shaped(CsvRecordStream csv, string file, string? error, int width)
    {
        if (error is not null)
        {
            Problem(file, csv.Line, error);
            return false;
        }

        if (csv.FieldCount == width)
        {
            return true;
        }

        Problem(file, csv.Line, csv.FieldCount == 1 && csv[0].IsEmpty ? "empty line" : $"{csv.FieldCount} fields, the header has {width}");
        return false;
    }

    private void Report(CsvRecordStream csv, string file, long records)
    {
        if (records % ProgressEvery == 0)
        {
            progress?.Report(new ImportProgress("read", file, _bytesDone + csv.Position, TotalBytes));
        }
    }

    private void Problem(string file, int line, string message)
    {
        if (!Full)
        {
            Problems.Add(new SeedProblem(file, line, message));
        }
    }
}
