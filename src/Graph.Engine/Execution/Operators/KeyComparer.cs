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
            if (x[i] is long lx && y[i] is long ly)
            {
                if (lx != ly)
                {
                    return false;
                }

                continue;
            }

            if (x[i] is string sx && y[i] is string sy)
            {
                if (!string.Equals(sx, sy, StringComparison.Ordinal))
                {
                    return false;
                }

                continue;
            }

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
            // Must agree with the equivalence hash: an integer hashes as the double of equal value.
            hash.Add(v switch
            {
                null => 0,
                long l => ((double)l).GetHashCode(),
                string s => StringComparer.Ordinal.GetHashCode(s),
                _ => ValueEquality.EquivalenceComparer.GetHashCode(v),
            });
        }

        return hash.ToHashCode();
    }
}
