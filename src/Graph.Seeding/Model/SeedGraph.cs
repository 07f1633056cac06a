using Graph.Seeding.Evidence;

namespace Graph.Seeding.Model;

/// <summary>
/// A seed as read from its folder: its files, nodes and relationships in file order, the source report the
/// evidence quotes come from, and the problems met while reading (CSV syntax, headers, typed values).
/// Reading does not judge content; <c>SeedValidator</c> does.
/// </summary>
public sealed class SeedGraph
{
    public SeedGraph(
        string folder,
        IReadOnlyList<SeedFile> files,
        IReadOnlyList<SeedNode> nodes,
        IReadOnlyList<SeedRelationship> relationships,
        SourceReport? report,
        IReadOnlyList<SeedProblem> readProblems)
    {
        Folder = folder;
        Files = files;
        Nodes = nodes;
        Relationships = relationships;
        Report = report;
        ReadProblems = readProblems;
    }

    /// <summary>The seed folder as given to the reader.</summary>
    public string Folder { get; }

    public IReadOnlyList<SeedFile> Files { get; }

    public IReadOnlyList<SeedNode> Nodes { get; }

    public IReadOnlyList<SeedRelationship> Relationships { get; }

    /// <summary>The report the evidence is checked against; null when it was not found (a read problem says so).</summary>
    public SourceReport? Report { get; }

    public IReadOnlyList<SeedProblem> ReadProblems { get; }

    /// <summary>Node counts by label, in label order (ordinal).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> CountByLabel() =>
        Count(Nodes.Select(n => n.Label));

    /// <summary>Relationship counts by type, in type order (ordinal).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> CountByType() =>
        Count(Relationships.Select(r => r.Type));

    private static List<KeyValuePair<string, int>> Count(IEnumerable<string> keys) =>
        [.. keys.GroupBy(k => k, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))];
}
