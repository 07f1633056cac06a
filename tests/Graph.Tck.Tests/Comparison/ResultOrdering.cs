namespace Graph.Tck.Tests.Comparison;

/// <summary>How a result table is compared: rows as a bag or in order, and lists in cells as bags or sequences.</summary>
internal sealed record ResultOrdering(bool Ordered, bool IgnoreListOrder)
{
    public static ResultOrdering AnyOrder { get; } = new(false, false);

    public static ResultOrdering InOrder { get; } = new(true, false);

    /// <summary>Reads the step text, e.g. <c>the result should be, in order (ignoring element order for lists):</c>.</summary>
    public static ResultOrdering? FromStep(string text) => text switch
    {
        "the result should be, in any order:" => AnyOrder,
        "the result should be, in order:" => InOrder,
        "the result should be (ignoring element order for lists):" => new(false, true),
        "the result should be, in order (ignoring element order for lists):" => new(true, true),
        _ => null,
    };
}
