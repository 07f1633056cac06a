using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>Equality of grouping / DISTINCT keys: element-wise Cypher equivalence.</summary>
internal sealed class KeyComparer : IEqualityComparer<object?[]>
{
    public static readonly KeyComparer Instance = new();

    public bool Equals(object?[]? x, object?[]? y)
    {
        if (x is null || y is null || x.Length != y.Length)
        {
            return x is null && y is null;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!ValueEquality.EquivalenceComparer.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(object?[] key)
    {
        var hash = default(HashCode);
        foreach (var v in key)
        {
            hash.Add(v is null ? 0 : ValueEquality.EquivalenceComparer.GetHashCode(v));
        }

        return hash.ToHashCode();
    }
}
