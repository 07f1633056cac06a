namespace Graph.Testing;

/// <summary>Folders of the repository the tests run in, found from the test assembly's folder upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TinySeed => Path.Join(Root, "graph-seed", "tiny");

    public static string FullSeed => Path.Join(Root, "graph-seed");

    /// <summary>True when the full seed has its node files.</summary>
    public static bool HasFullSeed => File.Exists(Path.Join(FullSeed, "nodes", "enterprise.csv"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}");
    }
}
