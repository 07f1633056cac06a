namespace Graph.Seeding;

/// <summary>
/// One thing wrong with a seed, at the physical line of the record it concerns (1-based; the header is line 1).
/// <see cref="File"/> is relative to the seed folder, with forward slashes (<c>nodes/enterprise.csv</c>).
/// </summary>
public sealed record SeedProblem(string File, int Line, string Message)
{
    /// <summary>The compiler-style form <c>file:line: what is wrong</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";

    /// <summary>The compiler-style form with <see cref="File"/> joined onto <paramref name="folder"/>, so editors can jump to it.</summary>
    public string ToString(string folder) => $"{Path.Join(folder, File)}:{Line}: {Message}";
}
