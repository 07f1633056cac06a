namespace Graph.Engine.Execution;

/// <summary>
/// Memory one part of a run holds (an operator's buffer, a value a loop is building), counted against the run's
/// <see cref="QueryBudget"/> and given back when that part lets it go (an operator reset per outer row, a loop done).
/// </summary>
internal struct HeldMemory
{
    // A value being built is re-counted only when its estimate moved this much: a comparison per iteration, not an interlocked add.
    private const long Step = 16 * 1024;
    private QueryBudget? _budget;
    private long _counted;

    /// <summary>Adds <paramref name="bytes"/> now (a row a buffer keeps).</summary>
    public void Add(QueryBudget budget, long bytes)
    {
        budget.Hold(bytes);
        _budget = budget;
        _counted += bytes;
    }

    /// <summary>The value being built now takes about <paramref name="bytes"/>.</summary>
    public void Set(QueryBudget budget, long bytes)
    {
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
    }
}
