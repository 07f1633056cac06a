namespace Graph.Seeding.Model;

/// <summary>Where a seed row was read: the file relative to the seed folder, and the physical line its record starts on.</summary>
public sealed record SeedSource(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
