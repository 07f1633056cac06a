namespace Graph.Cli;

/// <summary>One verb of the <c>graph</c> command; each lives in its own file under Commands/.</summary>
internal interface ICliCommand
{
    /// <summary>The verb, e.g. <c>validate</c>.</summary>
    string Name { get; }

    /// <summary>The usage line after <c>graph</c>, e.g. <c>validate &lt;seed-folder&gt;</c>.</summary>
    string Usage { get; }

    /// <summary>What the verb does, one line.</summary>
    string Summary { get; }

    /// <summary>Runs with the arguments after the verb; returns the exit code (<see cref="ExitCodes"/>).</summary>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
