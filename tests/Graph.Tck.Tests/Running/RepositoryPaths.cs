namespace Graph.Tck.Tests.Running;

/// <summary>
/// Where things are: the repository root (the folder holding <c>Graph.sln</c>, found by walking up from
/// the test assembly), the TCK (<c>GRAPH_TCK_DIR</c>, else the nearest <c>shared/tck</c> beside the
/// repository root or one of its ancestors — in CI that is <c>../shared/tck</c>), and the artifacts folder.
/// </summary>
internal static class RepositoryPaths
{
    public const string TckDirVariable = "GRAPH_TCK_DIR";

    private static readonly Lazy<string?> RootLazy = new(() => FindRoot(AppContext.BaseDirectory));
    private static readonly Lazy<string?> TckLazy = new(() => FindTck(Environment.GetEnvironmentVariable(TckDirVariable), Root));

    /// <summary>The repository root, or null when the assembly does not run inside a checkout.</summary>
    public static string? Root => RootLazy.Value;

    /// <summary>The TCK folder (holding <c>features/</c> and <c>graphs/</c>), or null when none is found.</summary>
    public static string? TckDirectory => TckLazy.Value;

    /// <summary><c>artifacts/tck</c> under the repository root (or the working directory outside a checkout).</summary>
    public static string ArtifactsDirectory => Path.Combine(Root ?? Directory.GetCurrentDirectory(), "artifacts", "tck");

    /// <summary>The checked-in allow-list, <c>tests/Graph.Tck.Tests/passing-scenarios.txt</c>.</summary>
    public static string? AllowListPath => Root is null ? null : Path.Combine(Root, "tests", "Graph.Tck.Tests", "passing-scenarios.txt");

    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>An explicit directory wins (and must exist); otherwise look for <c>shared/tck</c> from the root upwards.</summary>
    public static string? FindTck(string? overrideDir, string? root)
    {
        if (!string.IsNullOrWhiteSpace(overrideDir))
        {
            return Directory.Exists(Path.Combine(overrideDir, "features")) ? Path.GetFullPath(overrideDir) : null;
        }

        if (root is null)
        {
            return null;
        }

        for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "tck");
            if (Directory.Exists(Path.Combine(candidate, "features")))
            {
                return candidate;
            }
        }

        return null;
    }
}
