namespace Graph.Engine.Execution.Operators;

/// <summary>Relationship type names resolved to tokens per expansion (a type may come into existence during the statement).</summary>
internal static class TypeTokens
{
    /// <summary>Resolves once every name is interned, then keeps the array (tokens never change).</summary>
    public static int[]? Cached(ref int[]? cache, IReadOnlyList<string> types, TokenResolver tokens)
    {
        if (cache is not null)
        {
            return cache;
        }

        var resolved = Resolve(types, tokens);
        if (resolved is not null && Array.IndexOf(resolved, -1) < 0)
        {
            cache = resolved;
        }

        return resolved;
    }

    /// <summary>The tokens, or null for "any type"; a name not interned yet maps to -1, which no edge group has.</summary>
    public static int[]? Resolve(IReadOnlyList<string> types, TokenResolver tokens)
    {
        if (types.Count == 0)
        {
            return null;
        }

        var result = new int[types.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = tokens.Type(types[i]);
        }

        return result;
    }
}
