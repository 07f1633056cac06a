namespace Graph.Cli.Tests;

/// <summary>Runs <see cref="CliApp"/> in-process with captured output.</summary>
internal static class InProcess
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
