using Graph.Engine.Functions;

namespace Graph.Engine.Semantics;

/// <summary>An aggregate call; <c>count(*)</c> when <paramref name="Function"/> is null. Only the projection binder keeps these; it replaces them with slots.</summary>
internal sealed record BoundAggregate(AggregateDefinition? Function, bool Distinct, IReadOnlyList<BoundExpression> Arguments) : BoundExpression;
