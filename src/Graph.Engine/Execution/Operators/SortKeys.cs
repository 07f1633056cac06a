using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>ORDER BY keys: evaluated per row, compared with Cypher's total order (descending flips it).</summary>
internal sealed class SortKeys(Evaluator[] keys, bool[] descending) : IComparer<object?[]>
{
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
            var c = ValueOrdering.Comparer.Compare(x![i], y![i]);
            if (c != 0)
            {
                return descending[i] ? -c : c;
            }
        }

        return 0;
    }
}
