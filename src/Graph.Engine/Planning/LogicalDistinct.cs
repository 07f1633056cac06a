using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Drops rows whose variables equal (by equivalence) an earlier row's.</summary>
internal sealed record LogicalDistinct(LogicalOperator Input, IReadOnlyList<Variable> Variables) : LogicalOperator;
