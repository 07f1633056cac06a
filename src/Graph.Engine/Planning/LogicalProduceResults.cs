using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>The root: the result columns.</summary>
internal sealed record LogicalProduceResults(LogicalOperator Input, IReadOnlyList<BoundColumn> Columns) : LogicalOperator;
