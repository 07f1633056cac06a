using Graph.Engine.Sqlite;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph check &lt;file&gt;</c>: checks a database without changing it (it may be in use by the service): the
/// file is there and not emptied, its WAL would lose no commit, SQLite's integrity check, every row's checksum.
/// Prints <c>file: what is wrong</c> lines and exits 1, or <c>file: ok</c> and exits 0.
/// </summary>
internal sealed class CheckCommand : ICliCommand
{
    public string Name => "check";

    public string Usage => "check <file>";

    public string Summary => "check a database's integrity (SQLite's check, WAL, record checksums) without changing it";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count != 1 || args[0].StartsWith('-'))
        {
            stderr.WriteLine($"usage: graph {Usage}");
            return ExitCodes.Usage;
        }

        var db = args[0];
        var problems = StoreCheck.Run(db);
        foreach (var problem in problems)
        {
            stdout.WriteLine($"{db}: {problem}");
        }

        if (problems.Count > 0)
        {
            return ExitCodes.Problems;
        }

        stdout.WriteLine($"{db}: ok");
        return ExitCodes.Ok;
    }
}
