namespace Graph.Engine.Semantics;

/// <summary>One aggregate computed per group into <paramref name="Variable"/>.</summary>
internal sealed record BoundAggregateItem(Variable Variable, BoundAggregate Aggregate);
