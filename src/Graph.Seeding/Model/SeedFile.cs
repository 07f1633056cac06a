using Graph.Seeding.Import;

namespace Graph.Seeding.Model;

/// <summary>A CSV file of the seed: its path relative to the seed folder and its header (null when it could not be read).</summary>
public sealed record SeedFile(string Path, ImportFileKind Kind, ImportHeader? Header)
{
    /// <summary>The file name alone, e.g. <c>enterprise.csv</c>.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
