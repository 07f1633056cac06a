using Graph.Seeding.Tests.Support;

namespace Graph.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TestSeed _seed = new();

    public void Dispose() => _seed.Dispose();

    /// <summary>What <c>graph validate</c> prints for the tiny seed: the whole format, pinned.</summary>
    internal static string TinyReport(string folder) =>
        $"""
        {folder}: valid, 26 nodes, 24 relationships
        nodes by label:
          Chain             2
          Designation       1
          Enterprise        4
          Event             1
          Indicator         2
          Institution       2
          Park              1
          Place             4
          Product           1
          Program           1
          Project           6
          TransportLine     1
        relationships by type:
          ALONG               1
          DESIGNATED_AS       1
          DEVELOPS            2
          HEADQUARTERS_IN     1
          HOSTS               1
          INVESTS_IN          1
          IN_CHAIN            6
          IN_PROGRAM          1
          LOCATED_IN          2
          MEASURES            2
          PARTNERS_WITH       1
          PART_OF             1
          PRODUCES            1
          SERVES              2
          SUPPORTS            1

        """;

    [Fact]
    public void Valid_seed_prints_counts_by_label_and_type_and_exits_0()
    {
        var (exit, stdout, stderr) = InProcess.Run("validate", _seed.Folder);

        Assert.Equal(0, exit);
        Assert.Equal(TinyReport(_seed.Folder), stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Invalid_seed_prints_each_problem_as_file_line_message_and_exits_1()
    {
        _seed.Edit("nodes/chain.csv", 2, ",leading,", ",huge,");
        _seed.Edit("rels/in_chain.csv", 2, "chain-integrated-circuit", "chain-ic");

        var (exit, stdout, _) = InProcess.Run("validate", _seed.Folder);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{_seed.Folder}/nodes/chain.csv:2: tier 'huge' is not one of leading, emerging, traditional, service, agriculture, other\n"
            + $"{_seed.Folder}/rels/in_chain.csv:2: unknown end id 'chain-ic'\n"
            + $"{_seed.Folder}: 2 problems\n",
            stdout);
    }

    [Fact]
    public void Report_option_points_at_another_copy_of_the_report()
    {
        Directory.Delete(Path.Join(_seed.Folder, "source"), recursive: true);

        var (exit, stdout, _) = InProcess.Run("validate", _seed.Folder, "--report", RepoPaths.Report);

        Assert.Equal(0, exit);
        Assert.Equal(TinyReport(_seed.Folder), stdout);
    }

    [Fact]
    public void Missing_folder_argument_prints_usage_and_exits_2()
    {
        var (exit, _, stderr) = InProcess.Run("validate");

        Assert.Equal(2, exit);
        Assert.Equal("usage: graph validate <seed-folder> [--report <path>]\n", stderr);
    }

    [Fact]
    public void Folder_that_does_not_exist_exits_2()
    {
        var (exit, _, stderr) = InProcess.Run("validate", Path.Join(_seed.Folder, "nope"));

        Assert.Equal(2, exit);
        Assert.Equal($"graph validate: no such folder '{Path.Join(_seed.Folder, "nope")}'\n", stderr);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        var (exit, _, stderr) = InProcess.Run("validate", _seed.Folder, "--strict");

        Assert.Equal(2, exit);
        Assert.StartsWith("graph validate: unexpected argument '--strict'\n", stderr, StringComparison.Ordinal);
    }
}
