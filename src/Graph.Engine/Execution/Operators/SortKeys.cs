using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>ORDER BY keys: evaluated per row, compared with Cypher's total order (descending flips it).</summary>
internal sealed class SortKeys(Evaluator[] keys, bool[] descending) : IComparer<object?[]>
{
    /// <summary>
    /// List.Sort and BinarySearch wrap whatever a comparison throws in an InvalidOperationException; a statement's own
    /// error (its deadline, a value too deep to compare) is thrown as itself, so the caller sees its code, not a 500.
    /// </summary>
    public static void ThrowStatementError(InvalidOperationException wrapped)
    {
        if (wrapped.InnerException is Core.Errors.GraphException or OperationCanceledException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(wrapped.InnerException);
        }
    }

    public object?[] Evaluate(Frame frame)
    {
        var values = new object?[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = keys[i](frame);
        }

        return values;
    }

    public int Compare(object?[]? x, object?[]? y)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var a = x![i];
            var b = y![i];

            // Fast paths for the common key types; everything else takes Cypher's full ordering.
            var c = a is long la && b is long lb ? la.CompareTo(lb)
                : a is string sa && b is string sb ? string.CompareOrdinal(sa, sb)
                : ValueOrdering.Comparer.Compare(a, b);
            if (c != 0)
            {
                return descending[i] ? -c : c;
            }
        }

        return 0;
    }
}
