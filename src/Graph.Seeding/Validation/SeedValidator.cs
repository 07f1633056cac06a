using Graph.Seeding.Model;

namespace Graph.Seeding.Validation;

/// <summary>
/// Checks a <see cref="SeedGraph"/> against <see cref="Schema.SeedSchema"/>: files and headers, labels, types and
/// enumerations, ids (format and uniqueness across all files), relationship endpoints (existence and allowed
/// labels), duplicates, nodes that must take part in a relationship, every evidence quote against the report, and
/// that a relationship's period is the part of the report its evidence is in.
/// Problems come back with the reader's own, ordered by file and line.
/// </summary>
public static partial class SeedValidator
{
    /// <summary>Every problem of the seed: the reader's and the validator's, by file (ordinal) then line.</summary>
    public static IReadOnlyList<SeedProblem> Validate(SeedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var problems = new List<SeedProblem>(graph.ReadProblems);
        CheckFiles(graph, problems);
        var nodesById = CheckNodes(graph, problems);
        CheckRelationships(graph, nodesById, problems);
        CheckParticipation(graph, problems);
        CheckEvidence(graph, problems);
        CheckPeriods(graph, problems);

        // OrderBy is stable: problems on one line keep the order of the checks that found them.
        return [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
    }

    private static void Add(List<SeedProblem> problems, SeedSource source, string message) =>
        problems.Add(new SeedProblem(source.File, source.Line, message));

    private static string? Text(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value as string : null;
}
