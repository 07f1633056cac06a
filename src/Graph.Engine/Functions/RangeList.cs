using System.Collections;
using Graph.Core.Errors;

namespace Graph.Engine.Functions;

/// <summary>
/// The lazily computed list of <c>range(start, end, step)</c>. It costs no memory, so nothing bounds its size but time:
/// every walk over it (IN, equality, ordering, hashing…) reads the statement's deadline every 4,096 elements.
/// </summary>
internal sealed class RangeList : IReadOnlyList<object?>
{
    private const int CheckEvery = 4095;
    private readonly long start;
    private readonly long step;
    private readonly IFunctionContext context;

    public RangeList(long start, long end, long step, IFunctionContext context)
    {
        this.start = start;
        this.step = step;
        this.context = context;
        var span = (Int128)end - start;
        var count = span == 0 || (span > 0) == (step > 0) ? (span / step) + 1 : 0;
        if (count > int.MaxValue)
        {
            throw new CypherArgumentException("range() would create more than 2^31 elements", "NumberOutOfRange");
        }

        Count = (int)count;
    }

    public int Count { get; }

    public object? this[int index]
    {
        get
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            if ((index & CheckEvery) == CheckEvery)
            {
                context.Check();
            }

            return start + (index * step);
        }
    }

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            if ((i & CheckEvery) == CheckEvery)
            {
                context.Check();
            }

            yield return start + (i * step);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
