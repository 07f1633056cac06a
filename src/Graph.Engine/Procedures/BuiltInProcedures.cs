using Graph.Core.Values;
using Graph.Engine.Execution;
using Graph.Engine.Storage;

namespace Graph.Engine.Procedures;

/// <summary>The procedures every store has: schema introspection, components, ping, awaiting indexes, full-text search, and the SHOW commands.</summary>
internal static partial class BuiltInProcedures
{
    public static void Register(ProcedureRegistry registry)
    {
        registry.Register(new ProcedureDefinition("db.labels", [], [P("label", "STRING?")], (c, _) => Labels(Tx(c))));
        registry.Register(new ProcedureDefinition("db.relationshipTypes", [], [P("relationshipType", "STRING?")], (c, _) => Types(Tx(c), c.CancellationToken)));
        registry.Register(new ProcedureDefinition("db.propertyKeys", [], [P("propertyKey", "STRING?")], (c, _) => Keys(Tx(c))));
        registry.Register(new ProcedureDefinition(
            "db.schema.visualization", [], [P("nodes", "LIST? OF NODE?"), P("relationships", "LIST? OF RELATIONSHIP?")], (c, _) => Visualization(Tx(c), c.CancellationToken)));
        registry.Register(new ProcedureDefinition(
            "dbms.components", [], [P("name", "STRING?"), P("versions", "LIST? OF STRING?"), P("edition", "STRING?")],
            (_, _) => [["Neo4j Kernel", new List<object?> { "5.26.0" }, "community"]]));
        registry.Register(new ProcedureDefinition(
            "db.index.fulltext.queryNodes",
            [P("indexName", "STRING?"), P("queryString", "STRING?")],
            [P("node", "NODE?"), P("score", "FLOAT?")],
            (c, args) => FullText(Tx(c), (string?)args[0], (string?)args[1], c.CancellationToken)));
        registry.Register(new ProcedureDefinition("db.ping", [], [P("success", "BOOLEAN?")], (_, _) => [[true]]));
        registry.Register(new ProcedureDefinition(
            "db.awaitIndexes", [P("timeOutSeconds", "INTEGER?").WithDefault(300L)], [], (_, _) => NothingToAwait));
        registry.Register(new ProcedureDefinition("db.showIndexes", [P("filter", "STRING?")], IndexColumns, (c, args) => ShowIndexes(Tx(c), (string?)args[0])));
        registry.Register(new ProcedureDefinition("db.showConstraints", [P("filter", "STRING?")], ConstraintColumns, (c, args) => ShowConstraints(Tx(c), (string?)args[0])));
    }

    private static ProcedureParameter P(string name, string type) => new(name, type);

    /// <summary>
    /// Neo4j's <c>db.awaitIndexes(timeOutSeconds = 300) :: VOID</c>. Every embedded index is built and kept up to date
    /// within the statement that changes it, so all are ONLINE (as SHOW INDEXES says) and there is nothing to wait for.
    /// </summary>
    private static readonly object?[][] NothingToAwait = [];

    private static StoreTransaction Tx(IProcedureContext context) => ((EngineProcedureContext)context).Transaction;

    private static IEnumerable<object?[]> Labels(StoreTransaction tx)
    {
        var labels = tx.Store.Labels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (tx.LabelInUse(i))
            {
                yield return [labels.Name(i)];
            }
        }
    }

    // The loops over every relationship or candidate read the statement's token: its deadline and its caller (see QueryBudget).
    private static List<object?[]> Types(StoreTransaction tx, CancellationToken cancellationToken)
    {
        var inUse = new HashSet<int>();
        for (long id = 0; id < tx.RelationshipLimit && inUse.Count < tx.Store.Types.Count; id++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tx.RelationshipRecord(id) is { } rel && tx.IsLive(rel))
            {
                inUse.Add(rel.Type);
            }
        }

        return inUse.Order().Select(t => new object?[] { tx.Store.Types.Name(t) }).ToList();
    }

    private static IEnumerable<object?[]> Keys(StoreTransaction tx)
    {
        var keys = tx.Store.Keys;
        for (var i = 0; i < keys.Count; i++)
        {
            yield return [keys.Name(i)];
        }
    }

    private static IEnumerable<object?[]> Visualization(StoreTransaction tx, CancellationToken cancellationToken)
    {
        var labels = Labels(tx).Select(r => (string)r[0]!).ToList();
        var nodes = new Dictionary<string, NodeSnapshot>(StringComparer.Ordinal);
        var id = -1L;
        foreach (var label in labels)
        {
            nodes[label] = new NodeSnapshot(id, "-" + (-id).ToString(System.Globalization.CultureInfo.InvariantCulture), [label], new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = label });
            id--;
        }

        var seen = new HashSet<(string, string, string)>();
        var rels = new List<object?>();
        for (long r = 0; r < tx.RelationshipLimit; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tx.RelationshipRecord(r) is not { } rel || !tx.IsLive(rel))
            {
                continue;
            }

            var start = tx.LiveNode(rel.Start);
            var end = tx.LiveNode(rel.End);
            if (start is null || end is null)
            {
                continue;
            }

            var type = tx.Store.Types.Name(rel.Type);
            foreach (var a in start.Labels)
            {
                foreach (var b in end.Labels)
                {
                    var (from, to) = (tx.Store.Labels.Name(a), tx.Store.Labels.Name(b));
                    if (seen.Add((from, type, to)))
                    {
                        var s = nodes[from];
                        var e = nodes[to];
                        rels.Add(new RelationshipSnapshot(-seen.Count, "-" + seen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), type, s.Id, s.ElementId, e.Id, e.ElementId, new Dictionary<string, object?>(StringComparer.Ordinal)));
                    }
                }
            }
        }

        return [[nodes.Values.Cast<object?>().ToList(), rels]];
    }

    private static List<object?[]> FullText(StoreTransaction tx, string? indexName, string? query, CancellationToken cancellationToken)
    {
        var index = tx.Schema.Indexes.FirstOrDefault(i => string.Equals(i.Name, indexName, StringComparison.Ordinal))?.FullText
            ?? throw new Core.Errors.ProcedureException($"There is no such fulltext schema index: {indexName}", "IndexNotFound");
        FullTextQuerySyntax.Check(query ?? "");
        var terms = FullTextTokenizer.Terms(query ?? "");
        if (terms.Count == 0)
        {
            return [];
        }

        var scored = new List<(long Id, FullTextScore Score)>();
        foreach (var id in index.Candidates(terms))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var v = tx.LiveNode(id);
            if (v is null || !index.Covers(v.Labels))
            {
                continue;
            }

            var score = FullTextScore.Of(terms, index.Keys.SelectMany(key => FullTextValues.Texts(v.Properties.Get(key))));
            if (score.Coverage > 0)
            {
                scored.Add((id, score));
            }
        }

        return scored
            .OrderByDescending(s => s.Score.Coverage)
            .ThenByDescending(s => s.Score.Fit)
            .ThenBy(s => s.Id)
            .Select(s => new object?[] { new LiveNode(tx, tx.NodeRecord(s.Id)!), s.Score.Coverage })
            .ToList();
    }
}
