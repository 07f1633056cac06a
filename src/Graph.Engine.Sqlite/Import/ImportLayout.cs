using Graph.Seeding.Import;

namespace Graph.Engine.Sqlite.Import;

/// <summary>
/// Which CSV files a folder holds: the graph-seed layout (<c>nodes/*.csv</c>, <c>rels/*.csv</c>) or the flat
/// benchmark layout (<c>nodes_*.csv</c>, <c>rels_*.csv</c>). Node files first, each group in ordinal name order.
/// Paths are relative to the folder, with forward slashes, as problems name them.
/// </summary>
internal static class ImportLayout
{
    public static List<(string Path, ImportFileKind Kind)> Files(string folder)
    {
        var files = new List<(string, ImportFileKind)>();
        if (Directory.Exists(Path.Join(folder, "nodes")) || Directory.Exists(Path.Join(folder, "rels")))
        {
            Add(files, folder, "nodes", "*.csv", ImportFileKind.Nodes);
            Add(files, folder, "rels", "*.csv", ImportFileKind.Relationships);
        }
        else
        {
            Add(files, folder, null, "nodes*.csv", ImportFileKind.Nodes);
            Add(files, folder, null, "rels*.csv", ImportFileKind.Relationships);
            Add(files, folder, null, "relationships*.csv", ImportFileKind.Relationships);
        }

        return files;
    }

    private static void Add(List<(string, ImportFileKind)> files, string folder, string? sub, string pattern, ImportFileKind kind)
    {
        var directory = sub is null ? folder : Path.Join(folder, sub);
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var name in Directory.EnumerateFiles(directory, pattern).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            files.Add((sub is null ? name : $"{sub}/{name}", kind));
        }
    }
}
