using Graph.Seeding.Model;
using Graph.Seeding.Schema;

namespace Graph.Seeding.Validation;

public static partial class SeedValidator
{
    /// <summary>Types, columns, endpoints (existence, allowed labels, waterway levels) and duplicates.</summary>
    private static void CheckRelationships(SeedGraph graph, Dictionary<string, SeedNode> nodesById, List<SeedProblem> problems)
    {
        var seen = new Dictionary<(string Start, string End, string Type, string? Period), SeedSource>();
        foreach (var relationship in graph.Relationships)
        {
            var source = relationship.Source;
            var schema = SeedSchema.FindType(relationship.Type);
            var fileType = SeedSchema.TypeOfFile(Path.GetFileName(source.File));
            if (schema is null)
            {
                Add(problems, source, $"unknown relationship type '{relationship.Type}'");
            }
            else if (fileType is not null && fileType != schema)
            {
                Add(problems, source, $"type {relationship.Type} does not belong in {fileType.FileName} (the file of {fileType.Type})");
            }

            CheckColumns(SeedSchema.RelationshipColumns, relationship.Properties, source, problems);
            var start = Endpoint(relationship.StartId, "start", nodesById, source, problems);
            var end = Endpoint(relationship.EndId, "end", nodesById, source, problems);
            if (start is not null && end is not null && start == end)
            {
                Add(problems, source, $"relationship from '{start.Id}' to itself");
            }

            if (schema is not null && start is not null && end is not null)
            {
                CheckEndpoints(schema, start, end, source, problems);
            }

            var key = (relationship.StartId, relationship.EndId, relationship.Type, relationship.Period);
            if (!seen.TryAdd(key, source))
            {
                Add(problems, source, $"duplicate relationship ({relationship.StartId})-[:{relationship.Type} {{period: {relationship.Period}}}]->({relationship.EndId}) (first at {seen[key]})");
            }
        }
    }

    private static SeedNode? Endpoint(string id, string which, Dictionary<string, SeedNode> nodesById, SeedSource source, List<SeedProblem> problems)
    {
        if (id.Length == 0)
        {
            Add(problems, source, $"{which} id is required");
            return null;
        }

        if (!nodesById.TryGetValue(id, out var node))
        {
            Add(problems, source, $"unknown {which} id '{id}'");
        }

        return node;
    }

    private static void CheckEndpoints(RelationshipSchema schema, SeedNode start, SeedNode end, SeedSource source, List<SeedProblem> problems)
    {
        if (SeedSchema.FindLabel(start.Label) is null || SeedSchema.FindLabel(end.Label) is null)
        {
            return; // an unknown label is reported on its node; every rule would fail on it
        }

        if (!schema.Allows(start.Label, end.Label))
        {
            Add(problems, source, $"{schema.Type} cannot go from {start.Label} '{start.Id}' to {end.Label} '{end.Id}' (allowed: {schema.DescribeEndpoints()})");
            return;
        }

        if (schema.EndPlaceLevels is { } levels && Text(end.Properties, "level") is { } level && !levels.Contains(level, StringComparer.Ordinal))
        {
            Add(problems, source, $"{schema.Type} must end at a place of level {string.Join(", ", levels)}; '{end.Id}' is a {level}");
        }
    }

    /// <summary>Enterprises and projects exist in the graph to be connected: each takes part in a relationship.</summary>
    private static void CheckParticipation(SeedGraph graph, List<SeedProblem> problems)
    {
        var connected = graph.Relationships.SelectMany(r => new[] { r.StartId, r.EndId }).ToHashSet(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (SeedSchema.LabelsThatNeedARelationship.Contains(node.Label, StringComparer.Ordinal) && node.Id.Length > 0 && !connected.Contains(node.Id))
            {
                Add(problems, node.Source, $"{node.Label} '{node.Id}' has no relationship (every {node.Label} needs at least one)");
            }
        }
    }
}
