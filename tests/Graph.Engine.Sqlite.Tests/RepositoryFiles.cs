using System.Runtime.CompilerServices;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>Paths of files checked into the repository (the real seed), found from this source file.</summary>
internal static class RepositoryFiles
{
    public static string Root([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Join(Path.GetDirectoryName(source), "..", ".."));

    public static string Seed => Path.Join(Root(), "graph-seed");
}
