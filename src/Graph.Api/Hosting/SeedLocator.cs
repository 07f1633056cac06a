namespace Graph.Api.Hosting;

/// <summary>
/// Finds the seed folder: an absolute path as given; a relative one under the working folder, else under the
/// nearest ancestor of the working folder or of the program that has it, so <c>dotnet run --project src/Graph.Api</c>
/// finds <c>graph-seed/</c> from the repository root or from the project folder alike.
/// </summary>
internal static class SeedLocator
{
    public static string? Find(string configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Join(dir.FullName, configured);
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
