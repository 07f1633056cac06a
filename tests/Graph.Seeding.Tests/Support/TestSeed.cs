using System.Text;

namespace Graph.Seeding.Tests.Support;

/// <summary>
/// A throw-away copy of the tiny seed, with its own <c>source/</c> report, that a test can break one line at a time.
/// Lines are 1-based like the problems that point at them.
/// </summary>
internal sealed class TestSeed : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public TestSeed(bool withReport = true)
    {
        Folder = Path.Join(Path.GetTempPath(), "graph-seed-test-" + Guid.NewGuid().ToString("N"));
        foreach (var sub in new[] { "nodes", "rels" })
        {
            Directory.CreateDirectory(Path.Join(Folder, sub));
            foreach (var file in Directory.EnumerateFiles(Path.Join(RepoPaths.TinySeed, sub), "*.csv"))
            {
                File.Copy(file, Path.Join(Folder, sub, Path.GetFileName(file)));
            }
        }

        if (withReport)
        {
            Directory.CreateDirectory(Path.Join(Folder, "source"));
            File.Copy(RepoPaths.Report, Path.Join(Folder, "source", "xiqing-2021-report.txt"));
        }
    }

    public string Folder { get; }

    public string FullPath(string file) => Path.Join(Folder, file);

    public string ReadLine(string file, int line) => Lines(file)[line - 1];

    /// <summary>Replaces line <paramref name="line"/> of <paramref name="file"/> (e.g. <c>nodes/place.csv</c>).</summary>
    public void ReplaceLine(string file, int line, string text)
    {
        var lines = Lines(file);
        lines[line - 1] = text;
        Write(file, lines);
    }

    /// <summary>Replaces the first <paramref name="old"/> on line <paramref name="line"/>; fails when it is not there.</summary>
    public void Edit(string file, int line, string old, string replacement)
    {
        var text = ReadLine(file, line);
        Assert.Contains(old, text, StringComparison.Ordinal);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        ReplaceLine(file, line, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }

    /// <summary>Appends a line; returns its line number.</summary>
    public int Append(string file, string text)
    {
        var lines = Lines(file);
        lines.Add(text);
        Write(file, lines);
        return lines.Count;
    }

    public void WriteRaw(string file, string content) => File.WriteAllText(FullPath(file), content, Utf8);

    public string ReadRaw(string file) => File.ReadAllText(FullPath(file), Utf8);

    public void Delete(string file) => File.Delete(FullPath(file));

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private List<string> Lines(string file)
    {
        var text = ReadRaw(file);
        return [.. text.TrimEnd('\n').Split('\n')];
    }

    private void Write(string file, List<string> lines) => WriteRaw(file, string.Join('\n', lines) + "\n");
}
