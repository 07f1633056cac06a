using Graph.Core.Errors;
using Graph.Engine.Sqlite;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph backup --db &lt;file&gt; --to &lt;file&gt; [--force]</c>: an online, consistent copy of a database, also
/// while the service writes it, with a progress bar (pages) on stderr. An existing target is replaced only with
/// <c>--force</c>; a failed backup leaves no target behind.
/// </summary>
internal sealed class BackupCommand : ICliCommand
{
    public string Name => "backup";

    public string Usage => "backup --db <file> --to <file> [--force]";

    public string Summary => "copy a database consistently while it is in use; never a partial target";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? db = null;
        string? to = null;
        var force = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Count)
            {
                db = args[++i];
            }
            else if (args[i] == "--to" && i + 1 < args.Count)
            {
                to = args[++i];
            }
            else if (args[i] == "--force")
            {
                force = true;
            }
            else
            {
                stderr.WriteLine($"graph backup: unexpected argument '{args[i]}'");
                stderr.WriteLine($"usage: graph {Usage}");
                return ExitCodes.Usage;
            }
        }

        if (db is null || to is null)
        {
            stderr.WriteLine($"usage: graph {Usage}");
            return ExitCodes.Usage;
        }

        try
        {
            var bar = new ProgressLine(stderr);
            StoreBackup.Run(db, to, force, new SynchronousProgress<(int Done, int Total)>(p => bar.Show("backup", p.Done, p.Total, "pages")));
            bar.Done();
            stdout.WriteLine($"{to}: a consistent copy of {db}");
            return ExitCodes.Ok;
        }
        catch (GraphException e)
        {
            stderr.WriteLine($"graph backup: {e.Message}");
            return ExitCodes.Problems;
        }
    }
}
