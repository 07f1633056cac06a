using Graph.Cli.Commands;

namespace Graph.Cli;

/// <summary>The <c>graph</c> command: picks the verb and hands it the rest of the arguments.</summary>
internal static class CliApp
{
    /// <summary>The verbs, in the order help lists them. A new verb is a new file under Commands/ and a line here.</summary>
    private static readonly ICliCommand[] Commands = [new ValidateCommand(), new ImportCommand(), new CheckCommand(), new BackupCommand()];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteUsage(args.Length == 0 ? stderr : stdout);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = Array.Find(Commands, c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            stderr.WriteLine($"graph: unknown verb '{args[0]}' (try --help)");
            return ExitCodes.Usage;
        }

        return command.Run(args[1..], stdout, stderr);
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("usage: graph <verb> [arguments]");
        writer.WriteLine("verbs:");
        var width = Commands.Max(c => c.Usage.Length);
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Usage.PadRight(width)}   {command.Summary}");
        }
    }
}
