namespace Graph.Seeding.Tests.Support;

/// <summary>Where the repository's seeds and the source report are, found from the test's output folder.</summary>
internal static class RepoPaths
{
    private const string SharedReport = "shared/seeds/000_1e5a79295a0b2245.txt";

    public static string Root { get; } = FindRoot();

    public static string TinySeed => Path.Join(Root, "graph-seed", "tiny");

    /// <summary>The seed's own copy of the report.</summary>
    public static string SeedReport => Path.Join(Root, "graph-seed", "source", "xiqing-2021-report.txt");

    /// <summary>
    /// The report: the seed's copy when the repository has it, else the shared original beside the checkout
    /// (the copy comes from the seed branch; these tests must not depend on which branch landed first).
    /// </summary>
    public static string Report { get; } = FindReport();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Graph.sln above {AppContext.BaseDirectory}");
    }

    private static string FindReport()
    {
        if (File.Exists(SeedReport))
        {
            return SeedReport;
        }

        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Join(dir.FullName, SharedReport);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"the source report is neither at {SeedReport} nor in a {SharedReport} above {Root}");
    }
}
