namespace Graph.Api.Tests.Support;

/// <summary>Folders of the repository the tests run in.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TinySeed => Path.Join(Root, "graph-seed", "tiny");

    public static string FullSeed => Path.Join(Root, "graph-seed");

    /// <summary>True when the full seed has its node files (the seed branch has landed).</summary>
    public static bool HasFullSeed => File.Exists(Path.Join(FullSeed, "nodes", "enterprise.csv"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Join(dir.FullName, "graph-seed")) && Directory.Exists(Path.Join(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (with graph-seed/ and src/) above {AppContext.BaseDirectory}.");
    }
}
