namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// <c>crashers.txt</c> beside this class in the checkout: statements that once crashed or hung the engine, one per
/// line, each optionally preceded by <c>setup: &lt;statement&gt;</c> lines; <c>#</c> starts a comment line.
/// </summary>
internal static class CrasherFile
{
    /// <summary>The recorded cases (statement and setup), read from the checkout the test assembly was built in.</summary>
    public static IReadOnlyList<FuzzSeed> Read()
    {
        var path = Locate() ?? throw new FileNotFoundException("tests/Graph.Engine.Tests/Fuzz/crashers.txt was not found above the test assembly.");
        var cases = new List<FuzzSeed>();
        var setup = new List<string>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("setup:", StringComparison.Ordinal))
            {
                setup.Add(line["setup:".Length..].Trim());
                continue;
            }

            cases.Add(new FuzzSeed(line, [.. setup]));
            setup.Clear();
        }

        return cases;
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Graph.Engine.Tests", "Fuzz", "crashers.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
