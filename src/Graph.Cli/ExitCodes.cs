namespace Graph.Cli;

/// <summary>The exit codes of the <c>graph</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The verb did its work and found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The verb ran and found problems (e.g. an invalid seed).</summary>
    public const int Problems = 1;

    /// <summary>The command line was wrong; usage went to stderr.</summary>
    public const int Usage = 2;
}
