using System.Globalization;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Sqlite;
using Graph.Engine.Sqlite.Import;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph import --db &lt;file&gt; [--id-type string|integer] [--append] &lt;folder&gt;</c>: bulk-imports neo4j-admin
/// CSV files (the graph-seed layout <c>nodes/*.csv</c> + <c>rels/*.csv</c>, or the benchmark layout
/// <c>nodes_*.csv</c> + <c>rels_*.csv</c>) into the durable database, as one transaction. A database that already
/// holds nodes is refused unless <c>--append</c> says to add to it (a second run would duplicate everything). A
/// progress bar goes to stderr; problems are printed as <c>file:line: what is wrong</c> and leave the database as it
/// was (exit 1), and a database the import created is removed again; success prints a summary.
/// </summary>
internal sealed class ImportCommand : ICliCommand
{
    public string Name => "import";

    public string Usage => "import --db <file> [--id-type string|integer] [--append] <folder>";

    public string Summary => "bulk-import neo4j-admin CSV files into a database; file:line problems change nothing";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? db = null;
        string? folder = null;
        var idType = ImportIdType.String;
        var append = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Count)
            {
                db = args[++i];
            }
            else if (args[i] == "--id-type" && i + 1 < args.Count && args[i + 1] is "string" or "integer")
            {
                idType = args[++i] == "integer" ? ImportIdType.Integer : ImportIdType.String;
            }
            else if (args[i] == "--append")
            {
                append = true;
            }
            else if (folder is null && !args[i].StartsWith('-'))
            {
                folder = args[i];
            }
            else
            {
                return UsageError(stderr, $"unexpected argument '{args[i]}'");
            }
        }

        if (db is null || folder is null)
        {
            return UsageError(stderr, db is null ? "--db <file> is required" : "the folder to import is required");
        }

        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"graph import: no such folder '{folder}'");
            return ExitCodes.Usage;
        }

        var created = !DurableGraphStore.Exists(db);
        var exit = ExitCodes.Problems;
        try
        {
            exit = Import(db, folder, idType, append, stdout, stderr);
            return exit;
        }
        catch (GraphException e)
        {
            stderr.WriteLine($"graph import: {e.Message}");
            return ExitCodes.Problems;
        }
        finally
        {
            if (created && exit != ExitCodes.Ok)
            {
                // The failed import made this file; leave the folder as it was.
                DurableGraphStore.Delete(db);
            }
        }
    }

    private static int Import(string db, string folder, ImportIdType idType, bool append, TextWriter stdout, TextWriter stderr)
    {
        var store = DurableGraphStore.Open(db);
        try
        {
            var existing = (long)store.Run(new CypherQuery("MATCH (n) RETURN count(n) AS n"), AccessMode.Read).Rows[0][0]!;
            if (existing > 0 && !append)
            {
                stderr.WriteLine(Invariant($"graph import: {db} already holds {existing} nodes; importing again would add every record a second time. Pass --append to add to it, or import into a new file."));
                return ExitCodes.Problems;
            }

            var bar = new ProgressLine(stderr);
            var result = CsvGraphImporter.Import(store, folder, new ImportOptions { IdType = idType }, new SynchronousProgress<ImportProgress>(p => bar.Show(p.Phase, p.Done, p.Total, p.Phase == "write" ? "records" : "bytes", p.File)));
            bar.Done();
            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems)
                {
                    stdout.WriteLine(problem.ToString(folder));
                }

                stdout.WriteLine(Invariant($"{folder}: {result.Problems.Count} problem{(result.Problems.Count == 1 ? string.Empty : "s")}; nothing was imported, {db} is as it was"));
                return ExitCodes.Problems;
            }

            stdout.WriteLine(Invariant($"{db}: imported {result.Nodes} nodes and {result.Relationships} relationships from {folder} (read {result.ReadTime.TotalSeconds:0.0} s, write {result.WriteTime.TotalSeconds:0.0} s)"));
            WriteCounts(stdout, "nodes by label:", result.NodesByLabel);
            WriteCounts(stdout, "relationships by type:", result.RelationshipsByType);
            return ExitCodes.Ok;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"graph import: {message}");
        stderr.WriteLine($"usage: graph {Usage}");
        return ExitCodes.Usage;
    }

    private static void WriteCounts(TextWriter stdout, string title, IReadOnlyList<KeyValuePair<string, long>> counts)
    {
        stdout.WriteLine(title);
        var width = counts.Count == 0 ? 0 : counts.Max(c => c.Key.Length);
        foreach (var (key, count) in counts)
        {
            stdout.WriteLine(Invariant($"  {key.PadRight(width)} {count,9}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
