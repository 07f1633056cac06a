namespace Graph.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void No_arguments_prints_usage_to_stderr_and_exits_2()
    {
        var (exit, stdout, stderr) = InProcess.Run();

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("usage: graph <verb> [arguments]\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_verb_and_exits_0()
    {
        var (exit, stdout, _) = InProcess.Run("--help");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("usage: graph <verb> [arguments]", lines[0]);
        Assert.Equal("verbs:", lines[1]);
        Assert.Collection(
            lines[2..],
            validate => Assert.StartsWith("  validate <seed-folder> [--report <path>]", validate, StringComparison.Ordinal),
            import => Assert.StartsWith("  import ", import, StringComparison.Ordinal),
            check => Assert.StartsWith("  check ", check, StringComparison.Ordinal),
            backup => Assert.StartsWith("  backup ", backup, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_verb_exits_2()
    {
        var (exit, stdout, stderr) = InProcess.Run("frobnicate");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal("graph: unknown verb 'frobnicate' (try --help)\n", stderr);
    }
}
