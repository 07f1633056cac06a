using System.Diagnostics;
using Graph.Engine.Storage;
using Graph.Seeding;

namespace Graph.Engine.Sqlite.Import;

/// <summary>
/// Bulk import of neo4j-admin CSV files into an embedded store, in two phases. Read: every file is read and
/// checked in full (<see cref="ImportStaging"/>); any problem ends the import there, with nothing changed.
/// Apply: holding the write lock, the records go straight into the graph (<see cref="BulkGraphWriter"/>, no
/// Cypher) and, for a durable store, into the file in one SQLite transaction; the import becomes visible as one
/// commit. Existing data stays; ids in the files are resolved within the import.
/// </summary>
public static class CsvGraphImporter
{
    public static ImportResult Import(EmbeddedGraphStore store, string folder, ImportOptions? options = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(folder);
        options ??= new ImportOptions();
        var clock = Stopwatch.StartNew();
        var graph = store.Store;
        var staging = new ImportStaging(graph, options, progress);
        var files = ImportLayout.Files(folder);
        if (files.Count == 0)
        {
            staging.Problems.Add(new SeedProblem(".", 1, $"no import files in '{folder}' (expected nodes/*.csv and rels/*.csv, or nodes_*.csv and rels_*.csv)"));
        }

        staging.TotalBytes = files.Sum(f => new FileInfo(Path.Join(folder, f.Path)).Length);
        foreach (var (path, kind) in files)
        {
            staging.Read(folder, path, kind);
            if (staging.Full)
            {
                break;
            }
        }

        if (staging.Problems.Count > 0)
        {
            return Result(staging, clock.Elapsed, TimeSpan.Zero);
        }

        var lease = store.Store.BeginWrite(Timeout.InfiniteTimeSpan, CancellationToken.None);
        try
        {
            staging.CheckConstraints(lease);
            var readTime = clock.Elapsed;
            if (staging.Problems.Count > 0)
            {
                return Result(staging, readTime, TimeSpan.Zero);
            }

            clock.Restart();
            Apply(store, lease, staging, progress);
            return Result(staging, readTime, clock.Elapsed);
        }
        finally
        {
            // Nothing went through the transaction's undo log: ending it only releases the write lock.
            lease.Rollback();
        }
    }

    private static ImportResult Result(ImportStaging staging, TimeSpan read, TimeSpan write) => new(
        staging.Problems.Count > 0 ? 0 : staging.NodeCount,
        staging.Problems.Count > 0 ? 0 : staging.Relationships.Count,
        staging.NodesByLabel(),
        staging.RelationshipsByType(),
        staging.Problems,
        read,
        write);

    private static void Apply(EmbeddedGraphStore store, StoreTransaction lease, ImportStaging staging, IProgress<ImportProgress>? progress)
    {
        var graph = store.Store;
        var stamp = graph.LastCommitted + 1;
        var firstNode = graph.NodeLimit;
        var firstRelationship = graph.RelationshipLimit;
        try
        {
            var writer = new BulkGraphWriter(graph, lease.Schema, stamp);
            writer.ExpectNodes(staging.NodeLabels.Count);
            writer.ExpectRelationships(staging.Relationships.Count);
            staging.ReleaseIds();
            for (var i = 0; i < staging.NodeLabels.Count; i++)
            {
                writer.AddNode(staging.NodeLabels[i], staging.NodeProperties[i]);
            }

            staging.ReleaseNodes();
            var relationships = staging.Relationships;
            for (var i = 0; i < relationships.Count; i++)
            {
                var r = relationships[i];
                writer.AddRelationshipBetweenAdded(r.Type, firstNode + r.Start, firstNode + r.End, r.Properties ?? PropertyMap.Empty);
            }

            relationships.Release();
            writer.BuildAdjacency();
            if (store.Durability is SqliteDurability durability)
            {
                durability.WriteBulk(firstNode, firstRelationship, progress);
            }
        }
        catch
        {
            // The file is as it was (its write is one transaction); so must the graph be: the records were never
            // visible, and now never will be (the next commit reuses the stamp they carry).
            for (var id = firstNode; id < graph.NodeLimit; id++)
            {
                graph.Node(id)?.Head = null;
            }

            for (var id = firstRelationship; id < graph.RelationshipLimit; id++)
            {
                var relationship = graph.RelationshipAt((int)id);
                relationship.Head = null;
            }

            throw;
        }

        graph.Publish(stamp, lease.Schema);
    }
}
