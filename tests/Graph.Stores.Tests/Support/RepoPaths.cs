namespace Graph.Stores.Tests.Support;

/// <summary>Where the seeds are: found upwards from the test binaries, so any working folder will do.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>graph-seed/tiny: every label and relationship type, 26 nodes, 24 relationships (its README lists what tests may rely on).</summary>
    public static string TinySeed => Path.Join(Root, "graph-seed", "tiny");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Join(dir.FullName, "graph-seed", "tiny")) && Directory.Exists(Path.Join(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (with graph-seed/tiny and src/) above {AppContext.BaseDirectory}.");
    }
}
