using System.Security.Cryptography;
using System.Text;
using Graph.Seeding.Reading;
using Graph.Seeding.Schema;

namespace Graph.Api.Hosting;

/// <summary>
/// A SHA-256 over the seed's CSV files and its source report (relative path, then bytes, in ordinal path order),
/// so a start-up can tell whether the seed changed since the graph was loaded from it.
/// </summary>
internal static class SeedFingerprint
{
    public static string Compute(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new[] { SeedSchema.NodesFolder, SeedSchema.RelationshipsFolder }
            .Select(sub => Path.Join(folder, sub))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.csv"))
            .Select(path => (Relative: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        if (SeedReader.ReportCandidates(folder).FirstOrDefault(File.Exists) is { } report)
        {
            files.Add(("report", report));
        }

        foreach (var (relative, path) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
