namespace Graph.Engine.Execution.Operators;

/// <summary>Equality of entity-id tuples (the identity index of an aggregation).</summary>
internal sealed class IdentityComparer : IEqualityComparer<long[]>
{
    public static readonly IdentityComparer Instance = new();

    public bool Equals(long[]? x, long[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(long[] ids)
    {
        var hash = default(HashCode);
        foreach (var id in ids)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }
}
