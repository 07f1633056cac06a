namespace Graph.Cli;

/// <summary>The <c>graph</c> command: one verb per sub-command.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            stdout.WriteLine("usage: graph <verb> [options]");
            stdout.WriteLine("verbs:");
            stdout.WriteLine("  validate <seed-folder>   check a graph seed; prints file:line: problem, exit 1 on any");
            return args.Length == 0 ? 2 : 0;
        }

        stderr.WriteLine($"graph: unknown verb '{args[0]}' (try --help)");
        return 2;
    }
}
