using System.Globalization;
using Graph.Seeding.Reading;
using Graph.Seeding.Validation;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph validate &lt;seed-folder&gt; [--report &lt;path&gt;]</c>: prints every problem of the seed as
/// <c>file:line: what is wrong</c> and exits 1, or prints node counts by label and relationship counts by type and exits 0.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public string Usage => "validate <seed-folder> [--report <path>]";

    public string Summary => "check a graph seed; prints file:line: problem, exit 1 on any";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? folder = null;
        string? report = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--report" && i + 1 < args.Count)
            {
                report = args[++i];
            }
            else if (folder is null && !args[i].StartsWith('-'))
            {
                folder = args[i];
            }
            else
            {
                stderr.WriteLine($"graph validate: unexpected argument '{args[i]}'");
                stderr.WriteLine($"usage: graph {Usage}");
                return ExitCodes.Usage;
            }
        }

        if (folder is null)
        {
            stderr.WriteLine($"usage: graph {Usage}");
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"graph validate: no such folder '{folder}'");
            return ExitCodes.Usage;
        }

        var graph = SeedReader.Read(folder, report);
        var problems = SeedValidator.Validate(graph);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                stdout.WriteLine(problem.ToString(folder));
            }

            stdout.WriteLine(Invariant($"{folder}: {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}"));
            return ExitCodes.Problems;
        }

        stdout.WriteLine(Invariant($"{folder}: valid, {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships"));
        WriteCounts(stdout, "nodes by label:", graph.CountByLabel());
        WriteCounts(stdout, "relationships by type:", graph.CountByType());
        return ExitCodes.Ok;
    }

    private static void WriteCounts(TextWriter stdout, string title, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        stdout.WriteLine(title);
        var width = counts.Count == 0 ? 0 : counts.Max(c => c.Key.Length);
        foreach (var (key, count) in counts)
        {
            stdout.WriteLine(Invariant($"  {key.PadRight(width)} {count,5}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
