using Graph.Core.Store;
using Graph.Seeding.Model;
using Graph.Seeding.Schema;

namespace Graph.Seeding.Loading;

/// <summary>
/// Loads a validated <see cref="SeedGraph"/> into any <see cref="IGraphStore"/> with batched, parameterised MERGEs:
/// nodes by label, relationships by (start label, type, end label) so every MATCH names its label and can use the
/// <c>:Label(id)</c> index. Nodes are keyed by id and relationships by (start, end, type, period), the seed's own
/// uniqueness rules, so loading twice changes nothing; <c>SET += row.props</c> carries empty fields as null, so a
/// reload after a field was emptied removes that property.
/// </summary>
public static class SeedLoader
{
    /// <summary>The statements a load runs, in order. Pure: this is what the tests pin.</summary>
    /// <exception cref="ArgumentException">the graph has a label or type outside the schema, or a dangling endpoint (it was not validated).</exception>
    public static IReadOnlyList<SeedStatement> Plan(SeedGraph graph, SeedLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= SeedLoadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        var statements = new List<SeedStatement>();
        var labels = graph.Nodes.Select(n => n.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        labels.ForEach(RequireLabel);
        if (options.CreateConstraints)
        {
            statements.AddRange(labels.Select(ConstraintStatement));
        }

        foreach (var group in graph.Nodes.GroupBy(n => n.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var text = $"UNWIND $rows AS row MERGE (n:{group.Key} {{id: row.id}}) SET n += row.props";
            statements.AddRange(Batches(SeedLoadPhase.Nodes, group.Key, text, group.Select(NodeRow), options.BatchSize));
        }

        var labelOf = graph.Nodes.GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);
        var relationshipGroups = graph.Relationships
            .GroupBy(r => (Start: LabelOf(labelOf, r.StartId), r.Type, End: LabelOf(labelOf, r.EndId)))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Start, StringComparer.Ordinal).ThenBy(g => g.Key.End, StringComparer.Ordinal);
        foreach (var group in relationshipGroups)
        {
            var (start, type, end) = group.Key;
            if (SeedSchema.FindType(type) is null)
            {
                throw new ArgumentException($"relationship type '{type}' is not in the seed schema; validate the seed before loading it", nameof(graph));
            }

            var text = $"UNWIND $rows AS row MATCH (a:{start} {{id: row.start}}) MATCH (b:{end} {{id: row.end}}) "
                + $"MERGE (a)-[r:{type} {{period: row.period}}]->(b) SET r += row.props";
            statements.AddRange(Batches(SeedLoadPhase.Relationships, $"{start}-{type}->{end}", text, group.Select(RelationshipRow), options.BatchSize));
        }

        return statements;
    }

    /// <summary>
    /// Runs <see cref="Plan"/>: the constraints each on their own (schema changes cannot share a transaction with
    /// writes), then every node and relationship statement in one transaction, so a failed load leaves nothing behind.
    /// </summary>
    public static async Task<SeedLoadResult> LoadAsync(
        IGraphStore store,
        SeedGraph graph,
        SeedLoadOptions? options,
        IProgress<SeedLoadProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var statements = Plan(graph, options);
        var rowsTotal = statements.Sum(s => s.Rows);
        var counters = QueryCounters.None;
        var done = 0;
        var rowsDone = 0;
        void Report(SeedStatement statement)
        {
            done++;
            rowsDone += statement.Rows;
            progress?.Report(new SeedLoadProgress(statement.Phase, statement.Group, done, statements.Count, rowsDone, rowsTotal));
        }

        foreach (var statement in statements.Where(s => s.Phase == SeedLoadPhase.Constraints))
        {
            var result = await store.RunAsync(statement.Query, AccessMode.Write, null, cancellationToken);
            counters = counters.Add(result.Counters);
            Report(statement);
        }

        await using (var transaction = await store.BeginAsync(AccessMode.Write, cancellationToken))
        {
            foreach (var statement in statements.Where(s => s.Phase != SeedLoadPhase.Constraints))
            {
                var result = await transaction.RunAsync(statement.Query, null, cancellationToken);
                counters = counters.Add(result.Counters);
                Report(statement);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return new SeedLoadResult(graph.Nodes.Count, graph.Relationships.Count, statements.Count, counters);
    }

    private static SeedStatement ConstraintStatement(string label)
    {
        var name = "seed_" + Path.GetFileNameWithoutExtension(SeedSchema.FindLabel(label)!.FileName) + "_id";
        var text = $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE";
        return new SeedStatement(SeedLoadPhase.Constraints, label, new CypherQuery(text), 0);
    }

    private static IEnumerable<SeedStatement> Batches(SeedLoadPhase phase, string group, string text, IEnumerable<Dictionary<string, object?>> rows, int batchSize) =>
        rows.Chunk(batchSize).Select(chunk => new SeedStatement(
            phase,
            group,
            new CypherQuery(text, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = chunk.Cast<object?>().ToList() }),
            chunk.Length));

    private static Dictionary<string, object?> NodeRow(SeedNode node) => new(StringComparer.Ordinal)
    {
        ["id"] = node.Id,
        ["props"] = new Dictionary<string, object?>(node.Properties, StringComparer.Ordinal),
    };

    private static Dictionary<string, object?> RelationshipRow(SeedRelationship relationship) => new(StringComparer.Ordinal)
    {
        ["start"] = relationship.StartId,
        ["end"] = relationship.EndId,
        ["period"] = relationship.Period,
        ["props"] = new Dictionary<string, object?>(relationship.Properties, StringComparer.Ordinal),
    };

    private static void RequireLabel(string label)
    {
        if (SeedSchema.FindLabel(label) is null)
        {
            throw new ArgumentException($"label '{label}' is not in the seed schema; validate the seed before loading it", nameof(label));
        }
    }

    private static string LabelOf(Dictionary<string, string> labelOf, string id) =>
        labelOf.TryGetValue(id, out var label)
            ? label
            : throw new ArgumentException($"relationship endpoint '{id}' is not a node of the seed; validate the seed before loading it", nameof(id));
}
