using Graph.Core.Errors;

namespace Graph.Core.Values;

/// <summary>
/// How deeply lists and maps may nest in a value that leaves a store. Every walk over a value (conversion, the JSON
/// writers) recurses once per level; a bound known to all of them keeps each walk well inside a default 1.5 MB thread
/// stack, whatever thread serialises the answer. Neo4j has no such bound and no code for it (see docs/engine-values.md).
/// </summary>
public static class ValueNesting
{
    /// <summary>The deepest nesting a result may have: far beyond any real data, far below what overflows a stack.</summary>
    public const int MaxDepth = 500;

    /// <summary>Throws when <paramref name="depth"/> is past <see cref="MaxDepth"/>.</summary>
    public static void Ensure(int depth)
    {
        if (depth > MaxDepth)
        {
            throw TooDeep();
        }
    }

    /// <summary>
    /// For every recursive walk over a value (equality, ordering, hashing, text, conversion, the JSON writers): throws
    /// when the thread's stack is nearly used up. A stack overflow cannot be caught in .NET and ends the process; a list
    /// nested 30,000 deep is one reduce away.
    /// </summary>
    public static void EnsureStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw TooDeep();
        }
    }

    /// <summary>The error for a value nested past the bound (or past what the thread's stack can walk).</summary>
    public static ValueTooDeepException TooDeep() =>
        new($"The value nests lists or maps more than {MaxDepth} levels deep, more than the service can return or compare.");
}
