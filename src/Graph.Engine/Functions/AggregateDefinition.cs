namespace Graph.Engine.Functions;

/// <summary>
/// An aggregate function. <see cref="Create"/> makes a fresh aggregator for one group; its
/// argument holds the values of the arguments after the first (e.g. the percentile of
/// <c>percentileCont(x, 0.5)</c>), evaluated once per group.
/// </summary>
public sealed record AggregateDefinition(string Name, int MinArguments, int MaxArguments, Func<object?[], IAggregator> Create);
