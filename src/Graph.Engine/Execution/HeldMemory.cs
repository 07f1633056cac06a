namespace Graph.Engine.Execution;

/// <summary>
/// Memory one part of a run holds (an operator's buffer, a value a loop is building), counted against the run's
/// <see cref="QueryBudget"/> and given back when that part lets it go (an operator reset per outer row, a loop done).
/// The budget is told only when the estimate has moved by a step, so a loop pays a comparison per row, not an
/// interlocked add on memory every running statement shares; what is not yet told is at most one step.
/// </summary>
internal struct HeldMemory
{
    private const long Step = 16 * 1024;
    private QueryBudget? _budget;
    private long _size;
    private long _counted;

    /// <summary>Adds <paramref name="bytes"/> (negative: gives them back), as a buffer keeps or drops a row.</summary>
    public void Add(QueryBudget budget, long bytes) => Set(budget, _size + bytes);

    /// <summary>What is held is now about <paramref name="bytes"/>, as a value being built grows.</summary>
    public void Set(QueryBudget budget, long bytes)
    {
        _size = bytes;
        if (Math.Abs(bytes - _counted) >= Step)
        {
            budget.Hold(bytes - _counted);
            _budget = budget;
            _counted = bytes;
        }
    }

    /// <summary>Gives back everything counted.</summary>
    public void Release()
    {
        if (_counted != 0)
        {
            _budget!.Hold(-_counted);
            _counted = 0;
        }

        _size = 0;
    }
}
