using System.Collections;
using Graph.Core.Errors;

namespace Graph.Engine.Functions;

/// <summary>The lazily computed list of <c>range(start, end, step)</c>.</summary>
internal sealed class RangeList : IReadOnlyList<object?>
{
    private readonly long start;
    private readonly long step;

    public RangeList(long start, long end, long step)
    {
        this.start = start;
        this.step = step;
        var span = (Int128)end - start;
        var count = span == 0 || (span > 0) == (step > 0) ? (span / step) + 1 : 0;
        if (count > int.MaxValue)
        {
            throw new CypherArgumentException("range() would create more than 2^31 elements", "NumberOutOfRange");
        }

        Count = (int)count;
    }

    public int Count { get; }

    public object? this[int index] =>
        index >= 0 && index < Count ? start + (index * step) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return start + (i * step);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
