namespace Graph.Engine.Semantics;

/// <summary>WITH or RETURN. With <paramref name="Aggregates"/>, the items without aggregates are the grouping keys and the others read the aggregate variables. <paramref name="PassThrough"/> lists variables kept by <c>*</c> (they keep their slots).</summary>
internal sealed record BoundProjection(
    bool IsReturn,
    bool Distinct,
    IReadOnlyList<BoundProjectionItem> Items,
    IReadOnlyList<Variable> PassThrough,
    IReadOnlyList<BoundAggregateItem> Aggregates,
    IReadOnlyList<BoundSortItem> OrderBy,
    BoundExpression? Skip,
    BoundExpression? Limit,
    BoundExpression? Where) : BoundClause
{
    /// <summary>True when an item reads an aggregate (so the others group).</summary>
    public bool IsAggregating => Aggregates.Count > 0;

    /// <summary>True when an item at that index contains an aggregate (is not a grouping key).</summary>
    public bool[] AggregateItems { get; init; } = [];
}
