using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Groups by the key items and computes the aggregates per group; no input rows and no keys yields one row.</summary>
internal sealed record LogicalAggregate(LogicalOperator Input, IReadOnlyList<BoundProjectionItem> Keys, IReadOnlyList<Variable> PassThroughKeys, IReadOnlyList<BoundAggregateItem> Aggregates) : LogicalOperator;
